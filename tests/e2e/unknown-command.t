$ residency chek
--- stderr
residency: error: unknown command 'chek'
did you mean 'check'?
Run 'residency help' for the list of commands.
--- exit 2
