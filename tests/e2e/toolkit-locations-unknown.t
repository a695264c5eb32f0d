$ residency locations --provider awz
--- stderr
residency: error: unknown provider 'awz'; did you mean 'aws'?
--- exit 2
