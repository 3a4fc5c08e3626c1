from zhixing.cli import entry

entry()
