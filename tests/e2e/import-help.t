$ residency import --help
usage: residency import fides [options] DIR|FILE
       residency import subprocessors [-o FILE] FILE.csv

Turn other inventories into plan YAML. fides: a Fides data map (systems
and datasets; a file, or every .yml/.yaml below DIR) into a plan.
subprocessors: a vendor's sub-processor list (CSV: name, purpose,
country) into a subprocessors: list to put under a store.

  -p, --policy FILE     fides: policy file (repeatable; default: the built-in library)
  -L, --lib DIR         fides: library directory for imports (repeatable)
  -o, --output FILE     write the YAML to FILE atomically (default: stdout)
      --locations FILE  Fides: YAML mapping of system fides_keys to locations
      --categories FILE  Fides: YAML mapping of data categories to classes
                        (default: the built-in mapping)
      --max-input-size BYTES  refuse larger inputs (default 1073741824)
      --color WHEN      auto, always or never (default auto)

exit status: 0 written, 2 error
--- stderr
--- exit 0
