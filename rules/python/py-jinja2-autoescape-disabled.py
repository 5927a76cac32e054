import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

# ruleid: py-jinja2-autoescape-disabled
env = Environment(loader=FileSystemLoader("templates"))
# ruleid: py-jinja2-autoescape-disabled
env2 = jinja2.Environment(loader=PackageLoader("app"), autoescape=False)
# ruleid: py-jinja2-autoescape-disabled
env3 = jinja2.Environment()

# ok: py-jinja2-autoescape-disabled
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
# ok: py-jinja2-autoescape-disabled
safe_env2 = jinja2.Environment(loader=PackageLoader("app"), autoescape=True)


def make_env(**options):
    options.setdefault("autoescape", True)
    # ok: py-jinja2-autoescape-disabled
    return jinja2.Environment(**options)
