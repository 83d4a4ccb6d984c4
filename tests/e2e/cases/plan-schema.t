The example plan validates against schemas/plan.schema.json (what VS Code's YAML extension uses
to complete and check the file), and the schema catches an unknown key. Needs the Debian packages
python3-yaml and python3-jsonschema.

  $ head -1 $EX/plan.yaml
  # yaml-language-server: $schema=../../schemas/plan.schema.json
  $ python3 - <<'PY'
  > import json, os, yaml, jsonschema
  > src = os.environ["SRC"]
  > schema = json.load(open(src + "/schemas/plan.schema.json", encoding="utf-8"))
  > jsonschema.Draft202012Validator.check_schema(schema)
  > plan = yaml.safe_load(open(src + "/examples/banan-2026/plan.yaml", encoding="utf-8"))
  > plan["issued"] = str(plan["issued"])
  > v = jsonschema.Draft202012Validator(schema)
  > print("example:", [e.message for e in v.iter_errors(plan)])
  > plan["colour"] = "blue"
  > del plan["items"][0]["quotas"][0]["ratio"], plan["items"][0]["quotas"][0]["count"]
  > print("broken:", sorted(e.json_path for e in v.iter_errors(plan)))
  > PY
  example: []
  broken: ['$', '$.items[0].quotas[0]']
