$ residency fmt examples/quickstart/policy.rpl tests/cases/errors/syntax_eof.rpl
--- stderr
tests/cases/errors/syntax_eof.rpl:1:8: error: '{' is never closed
    1 | rule r {
      |        ^
--- exit 2
