/*
 * sched/print.c - sch_ast_to_c: a kernel's isl AST as readable C-like
 * text, for dumps and the golden tests (tests/sched/NAME.c).
 *
 * Loops print in isl's form with isl's expression printer; a loop's name
 * (its "loop:<iter>" mark) follows its for line as a comment, or stands on
 * a comment line of its own when isl made no for loop of it (one
 * iteration, unrolled); it goes through the branches of an if (a loop
 * with isolated full tiles); other marks print as "#pragma <mark>".  A
 * statement instance prints as "S1(n = c0, i = c1, ...);" followed by the
 * statement's body over its own dims, "// C[...] += (A[...] * B[...])".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>

#include "sched/impl.h"
#include "sched/schedule.h"

typedef struct {
	FILE *f;
	const Kernel *k;
} Printer;

static void print_node(Printer *p, __isl_keep isl_ast_node *node, int ind,
                       const char *label);

static void indent(Printer *p, int ind)
{
	fprintf(p->f, "%*s", 2 * ind, "");
}

/* Print expression "e" with isl's C printer (without consuming "e"). */
static void print_expr(Printer *p, __isl_keep isl_ast_expr *e)
{
	char *s = isl_ast_expr_to_C_str(e);

	fputs(s ? s : "?", p->f);
	free(s);
}

/* The name of mark "node" into "buf" (empty if it has none). */
static void mark_name(__isl_keep isl_ast_node *node, char *buf, size_t len)
{
	isl_id *id = isl_ast_node_mark_get_id(node);

	snprintf(buf, len, "%s", id ? isl_id_get_name(id) : "");
	isl_id_free(id);
}

static int is_loop_name(const char *mark)
{
	return !strncmp(mark, SCH_LOOP_PREFIX, strlen(SCH_LOOP_PREFIX));
}

/*
 * Does "node" need braces as the body of a for or if: a block, or a chain
 * of marks that prints a line of its own before the statement?
 */
static int needs_braces(__isl_keep isl_ast_node *node)
{
	char name[160];
	isl_ast_node *c;
	int r;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_block:
		return 1;
	case isl_ast_node_mark:
		mark_name(node, name, sizeof(name));
		if (!is_loop_name(name))
			return 1;
		c = isl_ast_node_mark_get_node(node);
		r = !c || needs_braces(c);
		isl_ast_node_free(c);
		return r;
	default:
		return 0;
	}
}

/* Print the children of block "node", or "node" itself, at "ind". */
static void print_inner(Printer *p, __isl_keep isl_ast_node *node, int ind)
{
	isl_ast_node_list *list;
	isl_size n;

	if (isl_ast_node_get_type(node) != isl_ast_node_block) {
		print_node(p, node, ind, NULL);
		return;
	}
	list = isl_ast_node_block_get_children(node);
	n = isl_ast_node_list_n_ast_node(list);
	for (int i = 0; i < n; i++) {
		isl_ast_node *c = isl_ast_node_list_get_ast_node(list, i);
		print_node(p, c, ind, NULL);
		isl_ast_node_free(c);
	}
	isl_ast_node_list_free(list);
}

/*
 * Finish a for/if head line (already printed) with the body "body" at
 * "ind": in braces if it needs them, else on its own line, one deeper.
 * "label" is a loop name for the comment at the end of the head line.
 */
static void print_body(Printer *p, __isl_keep isl_ast_node *body, int ind,
                       const char *label)
{
	int braces = needs_braces(body);

	fputs(braces ? " {" : "", p->f);
	if (label)
		fprintf(p->f, "  // %s", label);
	fputc('\n', p->f);
	if (!braces) {
		print_node(p, body, ind + 1, NULL);
		return;
	}
	print_inner(p, body, ind + 1);
	indent(p, ind);
	fputs("}\n", p->f);
}

/* A for node: "for (int c = init; cond; c += inc)", or a degenerate one. */
static void print_for(Printer *p, __isl_keep isl_ast_node *node, int ind,
                      const char *label)
{
	isl_ast_expr *it = isl_ast_node_for_get_iterator(node);
	isl_ast_expr *init = isl_ast_node_for_get_init(node);
	isl_ast_node *body = isl_ast_node_for_get_body(node);

	indent(p, ind);
	if (isl_ast_node_for_is_degenerate(node) == isl_bool_true) {
		fputs("{", p->f);
		if (label)
			fprintf(p->f, "  // %s", label);
		fputc('\n', p->f);
		indent(p, ind + 1);
		fputs("int ", p->f);
		print_expr(p, it);
		fputs(" = ", p->f);
		print_expr(p, init);
		fputs(";\n", p->f);
		print_inner(p, body, ind + 1);
		indent(p, ind);
		fputs("}\n", p->f);
	} else {
		isl_ast_expr *cond = isl_ast_node_for_get_cond(node);
		isl_ast_expr *inc = isl_ast_node_for_get_inc(node);
		fputs("for (int ", p->f);
		print_expr(p, it);
		fputs(" = ", p->f);
		print_expr(p, init);
		fputs("; ", p->f);
		print_expr(p, cond);
		fputs("; ", p->f);
		print_expr(p, it);
		fputs(" += ", p->f);
		print_expr(p, inc);
		fputs(")", p->f);
		print_body(p, body, ind, label);
		isl_ast_expr_free(cond);
		isl_ast_expr_free(inc);
	}
	isl_ast_expr_free(it);
	isl_ast_expr_free(init);
	isl_ast_node_free(body);
}

/*
 * A branch of an if at "ind", without its braces.  A loop name "label"
 * goes on to the for it names (a loop whose full tiles are isolated is
 * an if with one version of the loop in each branch); above a block it
 * prints as a line of its own.
 */
static void print_branch(Printer *p, __isl_keep isl_ast_node *node, int ind,
                         const char *label)
{
	if (!label) {
		print_inner(p, node, ind);
		return;
	}
	if (isl_ast_node_get_type(node) != isl_ast_node_block) {
		print_node(p, node, ind, label);
		return;
	}
	indent(p, ind);
	fprintf(p->f, "// %s\n", label);
	print_inner(p, node, ind);
}

/* An if node, with "else if" chains kept flat ("label": see print_branch). */
static void print_if(Printer *p, __isl_keep isl_ast_node *node, int ind,
                     const char *label)
{
	isl_ast_expr *cond = isl_ast_node_if_get_cond(node);
	isl_ast_node *then = isl_ast_node_if_get_then_node(node);

	fputs("if (", p->f);
	print_expr(p, cond);
	fputs(") {\n", p->f);
	print_branch(p, then, ind + 1, label);
	indent(p, ind);
	fputs("}", p->f);
	if (isl_ast_node_if_has_else_node(node) == isl_bool_true) {
		isl_ast_node *els = isl_ast_node_if_get_else_node(node);
		if (isl_ast_node_get_type(els) == isl_ast_node_if) {
			fputs(" else ", p->f);
			print_if(p, els, ind, label);
		} else {
			fputs(" else {\n", p->f);
			print_branch(p, els, ind + 1, label);
			indent(p, ind);
			fputs("}\n", p->f);
		}
		isl_ast_node_free(els);
	} else {
		fputc('\n', p->f);
	}
	isl_ast_expr_free(cond);
	isl_ast_node_free(then);
}

/* The kernel statement that call "S<id>" stands for, or NULL. */
static const Stmt *call_stmt(Printer *p, __isl_keep isl_ast_expr *call)
{
	isl_ast_expr *fn = isl_ast_expr_op_get_arg(call, 0);
	isl_id *id = isl_ast_expr_id_get_id(fn);
	const char *name = id ? isl_id_get_name(id) : NULL;
	const Stmt *s = NULL;
	char *end;
	long n;

	if (p->k && name && name[0] == 'S') {
		n = strtol(name + 1, &end, 10);
		if (!*end && end != name + 1 && n >= 0 && n < p->k->n_stmts &&
		    p->k->stmts[n]->id == n)
			s = p->k->stmts[n];
	}
	isl_id_free(id);
	isl_ast_expr_free(fn);
	return s;
}

/* A user node: the call with named dims, then the statement body. */
static void print_user(Printer *p, __isl_keep isl_ast_node *node, int ind)
{
	static const char *const ops[] = {
		[ST_ASSIGN] = "=", [ST_ADD] = "+=", [ST_MAX] = "max=",
	};
	isl_ast_expr *call = isl_ast_node_user_get_expr(node);
	const Stmt *s = call_stmt(p, call);
	isl_size n = isl_ast_expr_op_get_n_arg(call);

	indent(p, ind);
	if (!s || n != s->n_dims + 1) {
		print_expr(p, call);
		fputs(";\n", p->f);
		isl_ast_expr_free(call);
		return;
	}
	fprintf(p->f, "S%d(", s->id);
	for (int i = 1; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(call, i);
		fprintf(p->f, "%s%s = ", i > 1 ? ", " : "", s->dims[i - 1]);
		print_expr(p, a);
		isl_ast_expr_free(a);
	}
	fputs(");  // ", p->f);
	k_access_print(p->f, s, &s->store);
	fprintf(p->f, " %s ", ops[s->kind]);
	k_expr_print(p->f, s, s->value);
	fputc('\n', p->f);
	isl_ast_expr_free(call);
}

/*
 * A mark node: a loop name travels down as the label of the for it names
 * (through other marks); any other mark prints as a pragma line.
 */
static void print_mark(Printer *p, __isl_keep isl_ast_node *node, int ind,
                       const char *label)
{
	char name[160];
	isl_ast_node *c = isl_ast_node_mark_get_node(node);

	mark_name(node, name, sizeof(name));
	if (is_loop_name(name)) {
		if (label) {
			indent(p, ind);
			fprintf(p->f, "// %s\n", label);
		}
		print_node(p, c, ind, name + strlen(SCH_LOOP_PREFIX));
	} else {
		enum isl_ast_node_type t = isl_ast_node_get_type(c);
		if (label && t != isl_ast_node_for && t != isl_ast_node_mark) {
			indent(p, ind);
			fprintf(p->f, "// %s\n", label);
			label = NULL;
		}
		indent(p, ind);
		fprintf(p->f, "#pragma %s\n", name);
		print_node(p, c, ind, label);
	}
	isl_ast_node_free(c);
}

/* Print "node" at depth "ind"; "label" names the loop it should be. */
static void print_node(Printer *p, __isl_keep isl_ast_node *node, int ind,
                       const char *label)
{
	enum isl_ast_node_type t = isl_ast_node_get_type(node);

	if (label && t != isl_ast_node_for && t != isl_ast_node_mark &&
	    t != isl_ast_node_if) {
		indent(p, ind);
		fprintf(p->f, "// %s\n", label);
	}
	switch (t) {
	case isl_ast_node_for:
		print_for(p, node, ind, label);
		break;
	case isl_ast_node_if:
		indent(p, ind);
		print_if(p, node, ind, label);
		break;
	case isl_ast_node_block:
		indent(p, ind);
		fputs("{\n", p->f);
		print_inner(p, node, ind + 1);
		indent(p, ind);
		fputs("}\n", p->f);
		break;
	case isl_ast_node_mark:
		print_mark(p, node, ind, label);
		break;
	case isl_ast_node_user:
		print_user(p, node, ind);
		break;
	default:
		indent(p, ind);
		fputs("/* ? */\n", p->f);
		break;
	}
}

/*
 * "ast" as C-like text (malloc'd), statement bodies from kernel "k" (which
 * may be NULL: calls then print bare).  A block at the top prints without
 * braces.
 */
char *sch_ast_to_c(__isl_keep isl_ast_node *ast, const Kernel *k)
{
	Printer p = {.k = k};
	char *buf = NULL;
	size_t len = 0;

	if (!ast)
		return NULL;
	p.f = open_memstream(&buf, &len);
	if (!p.f)
		return NULL;
	print_inner(&p, ast, 0);
	fclose(p.f);
	return buf;
}
