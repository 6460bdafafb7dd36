"""ledger_tools: operator helpers, installed as its own distribution."""
