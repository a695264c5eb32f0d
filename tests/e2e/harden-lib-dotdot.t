$ residency lint -L tests/e2e/data/adversarial/lib tests/e2e/data/adversarial/escape.rpl
--- stderr
tests/e2e/data/adversarial/escape.rpl:1:1: error: import "x/../../outside": a library name must not contain '..' parts
    1 | import "x/../../outside"
      | ^~~~~~~~~~~~~~~~~~~~~~~~
--- exit 2
