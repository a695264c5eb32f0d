$ residency help
usage: residency COMMAND [OPTIONS] [ARGS]

Judge where data lives and how it crosses borders, against a policy
written in RPL (the built-in standard library when no -p is given).

commands:
  check      evaluate plans (YAML, Terraform JSON or a Fides data map)
  lint       compile and analyse policies
  test       run the test blocks of policies
  fmt        print or rewrite policies in canonical layout
  explain    show every rule's decision for one fact
  where      where may this data be stored or sent
  diff       what a policy change changes
  graph      draw a plan's stores and transfers
  locations  list the location catalog
  import     turn a Fides data map or a sub-processor list into plan YAML
  lsp        serve the Language Server Protocol (editors)
  rules      list the rules in force, with severity and citation
  version    print the version
  help       show help for a command

exit status: 0 success, 1 findings / failed tests / differences,
2 the tool could not do its job (bad usage, unreadable input).
Run 'residency help COMMAND' for a command's options.
--- stderr
--- exit 0
