/*
 * Python 3.11 syntax for Jyco. Written for Jyco from the language reference; tokens come from
 * our own tokenizer (PythonTokenizer), which produces NEWLINE/INDENT/DEDENT as CPython's does and
 * delivers each string literal (f-strings included) as one STRING token.
 *
 * The rules are shaped for ANTLR's SLL prediction: most decisions need one or two tokens of
 * lookahead. Where CPython's PEG grammar uses ordered choice with long lookahead (assignment
 * targets, dict vs set displays, slices, patterns), this grammar accepts a slightly larger
 * language and AstBuilder rejects what CPython rejects, with CPython's messages.
 *
 * Token names are those of CPython's Lib/token.py.
 */
parser grammar PythonParser;

options { superClass = PythonParserBase; contextSuperClass = PyParserRuleContext; }

tokens {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    // keywords
    FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF,
    ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR,
    PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD,
    // operators and delimiters
    LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS,
    GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
    TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL,
    SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL,
    RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW,
    ELLIPSIS, COLONEQUAL,
    // the soft keywords 'match' and 'case' where the tokenizer finds them starting a match
    // statement or a case block (see PythonTokenizer#softKeyword); elsewhere they are NAMEs
    MATCH, CASE,
    // a character no Python token starts with; reaches the parser only to be reported
    ERRORTOKEN
}

// ---------------------------------------------------------------- start rules

file_input : (NEWLINE | statement)* EOF ;
eval_input : expressions NEWLINE* EOF ;
single_input : (NEWLINE | simple_stmts | compound_stmt NEWLINE) EOF ;
func_type_input : LPAR type_expressions? RPAR RARROW expression NEWLINE* EOF ;
/**
 * An f-string replacement field's expression, parsed as CPython 3.11 does: "(" text ")", a
 * parenthesized atom (so a tuple or generator expression spans the parentheses, which stand
 * where the braces are).
 */
fstring_input : atom NEWLINE* EOF ;

type_expressions
    : (expression | STAR expression | DOUBLESTAR expression) (COMMA (expression | STAR expression | DOUBLESTAR expression))*
    ;

// ---------------------------------------------------------------- statements

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | PASS
    | del_stmt
    | assert_stmt
    | BREAK
    | CONTINUE
    | global_stmt
    | nonlocal_stmt
    ;

/** Assignment, annotated assignment, augmented assignment or a bare expression. */
expr_stmt
    : star_expressions
      ( COLON expression (EQUAL assign_value)?                  // annotated
      | augassign assign_value                                  // augmented
      | (EQUAL assign_value)*                                   // chained or none
      )
    | yield_expr (EQUAL assign_value)*
    ;

assign_value : yield_expr | star_expressions ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

return_stmt : RETURN star_expressions? ;
raise_stmt : RAISE (expression (FROM expression)?)? ;
global_stmt : GLOBAL NAME (COMMA NAME)* ;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;
del_stmt : DEL target_list ;
assert_stmt : ASSERT expression (COMMA expression)? ;

import_stmt
    : IMPORT dotted_as_name (COMMA dotted_as_name)*                                 # importName
    | FROM (DOT | ELLIPSIS)* dotted_name? IMPORT
      (STAR | LPAR import_as_names COMMA? RPAR | import_as_names)                   # importFrom
    ;
import_as_names : import_as_name (COMMA import_as_name)* ;
import_as_name : NAME (AS NAME)? ;
dotted_as_name : dotted_name (AS NAME)? ;
dotted_name : NAME (DOT NAME)* ;

compound_stmt
    : decorators? (function_def | class_def)
    | if_stmt
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    ;

block : NEWLINE INDENT statement+ DEDENT | simple_stmts ;

decorators : (AT named_expression NEWLINE)+ ;

class_def : CLASS NAME (LPAR arguments? RPAR)? COLON block ;

function_def : ASYNC? DEF NAME LPAR parameters? RPAR (RARROW expression)? COLON block ;

/** Parameters in any order; AstBuilder checks the order CPython requires. */
parameters : parameter (COMMA parameter)* COMMA? ;
parameter
    : SLASH
    | STAR (NAME (COLON star_expression)?)? (EQUAL expression)?
    | DOUBLESTAR NAME (COLON expression)? (EQUAL expression)?
    | NAME (COLON expression)? (EQUAL expression)?
    ;

if_stmt : IF named_expression COLON block elif_clause* else_block? ;
elif_clause : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : ASYNC? FOR target_list IN star_expressions COLON block else_block? ;

with_stmt
    : ASYNC? WITH
      ( LPAR with_item (COMMA with_item)* COMMA? RPAR COLON
      | with_item (COMMA with_item)* COLON
      ) block
    ;
with_item : expression (AS star_target)? ;

try_stmt : TRY COLON block (except_clause+ else_block? finally_block? | finally_block) ;
except_clause : EXCEPT STAR? (expression (COMMA expression)* (AS NAME)?)? COLON block ;
finally_block : FINALLY COLON block ;

// ---------------------------------------------------------------- match statement (soft keywords)

match_stmt : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr : star_named_expression (COMMA star_named_expression)* COMMA? ;
case_block : CASE patterns (IF named_expression)? COLON block ;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA? ;
pattern : or_pattern (AS NAME)? ;
or_pattern : closed_pattern (VBAR closed_pattern)* ;
closed_pattern
    : literal_pattern
    | name_or_attr (LPAR class_pattern_args? RPAR)?
    | LPAR patterns? RPAR
    | LSQB patterns? RSQB
    | LBRACE mapping_items? RBRACE
    ;
maybe_star_pattern : STAR NAME | pattern ;
literal_pattern
    : signed_number ((PLUS | MINUS) NUMBER)?
    | strings
    | NONE
    | TRUE
    | FALSE
    ;
signed_number : MINUS? NUMBER ;
name_or_attr : NAME (DOT NAME)* ;
mapping_items : mapping_item (COMMA mapping_item)* COMMA? ;
mapping_item
    : DOUBLESTAR NAME
    | (literal_pattern | name_or_attr) COLON pattern
    ;
class_pattern_args : class_pattern_arg (COMMA class_pattern_arg)* COMMA? ;
class_pattern_arg : NAME EQUAL pattern | pattern ;

// ---------------------------------------------------------------- targets

/** Targets of for, del and comprehensions: star_targets, checked by AstBuilder. */
target_list : star_target (COMMA star_target)* COMMA? ;
star_target : STAR? bitwise_or ;

// ---------------------------------------------------------------- expressions

star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression : STAR bitwise_or | expression ;
star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA? ;
star_named_expression : STAR bitwise_or | named_expression ;
named_expression : NAME COLONEQUAL expression | expression ;
expressions : expression (COMMA expression)* COMMA? ;

expression : disjunction (IF disjunction ELSE expression)? | lambdef ;

yield_expr : YIELD (FROM expression | star_expressions?) ;

lambdef : LAMBDA lambda_parameters? COLON expression ;
lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA? ;
lambda_parameter : SLASH | (STAR NAME? | DOUBLESTAR NAME | NAME) (EQUAL expression)? ;

/**
 * Comparisons, 'not', 'and' and 'or': one left-recursive rule, like bitwise_or below. ANTLR
 * allows a prefix operator anywhere an operand starts, so this accepts "a < not b", which
 * AstBuilder rejects as CPython does.
 */
disjunction
    : bitwise_or
    | disjunction comp_op disjunction
    | NOT disjunction
    | disjunction AND disjunction
    | disjunction OR disjunction
    ;
/** "is not" before "is": "x is not y" could also be read as "x is (not y)"; ANTLR takes the first. */
comp_op
    : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL
    | IN | NOT IN | IS NOT | IS
    ;
/**
 * The binary operators from '|' down to '*', one left-recursive rule (ANTLR turns it into a loop
 * with precedence; earlier alternatives bind tighter). One rule instead of a rule per level
 * keeps the parse tree of a plain operand shallow, which is most of the parser's work.
 */
bitwise_or
    : factor
    | bitwise_or (STAR | SLASH | DOUBLESLASH | PERCENT | AT) bitwise_or
    | bitwise_or (PLUS | MINUS) bitwise_or
    | bitwise_or (LEFTSHIFT | RIGHTSHIFT) bitwise_or
    | bitwise_or AMPER bitwise_or
    | bitwise_or CIRCUMFLEX bitwise_or
    | bitwise_or VBAR bitwise_or
    ;
factor : (PLUS | MINUS | TILDE) factor | power ;
power : AWAIT? primary (DOUBLESTAR factor)? ;
primary : atom trailer* ;
trailer
    : DOT NAME
    | LPAR arguments? RPAR
    | LSQB slices RSQB
    ;

slices : slice (COMMA slice)* COMMA? ;
slice
    : STAR bitwise_or
    | named_expression (COLON expression? (COLON expression?)?)?
    | COLON expression? (COLON expression?)?
    ;

atom
    : NAME
    | TRUE
    | FALSE
    | NONE
    | strings
    | NUMBER
    | ELLIPSIS
    | LPAR (yield_expr | star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RPAR
    | LSQB (star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RSQB
    | LBRACE (dict_or_set_item (comp_for | (COMMA dict_or_set_item)* COMMA?))? RBRACE
    ;
strings : STRING+ ;

/** A dict display entry ("k: v" or "**m") or a set display element; AstBuilder keeps them apart. */
dict_or_set_item
    : DOUBLESTAR bitwise_or
    | STAR bitwise_or
    | named_expression (COLON expression)?
    ;

comp_for : (ASYNC? FOR target_list IN disjunction (IF disjunction)*)+ ;

arguments : argument (COMMA argument)* COMMA? ;
argument
    : STAR expression
    | DOUBLESTAR expression
    | (NAME | TRUE | FALSE | NONE) EQUAL expression
    | named_expression comp_for?
    ;
