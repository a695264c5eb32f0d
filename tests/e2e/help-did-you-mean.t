$ residency help chekc
--- stderr
residency: error: unknown command 'chekc'
did you mean 'check'?
--- exit 2
