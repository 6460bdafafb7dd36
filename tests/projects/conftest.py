# The directories under tests/projects are fixture projects for flake8-forksafe, checked by
# running flake8 inside each of them. They are not test modules: some contain files named
# test_*.py that belong to the fixture project, and one contains a deliberate syntax error.
collect_ignore_glob = ["*"]
