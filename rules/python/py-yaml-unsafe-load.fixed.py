import yaml


def read_config(stream):
    # ruleid: py-yaml-unsafe-load
    data = yaml.safe_load(stream)
    # ruleid: py-yaml-unsafe-load
    more = yaml.load(stream, Loader=yaml.UnsafeLoader)
    # ok: py-yaml-unsafe-load
    safe = yaml.load(stream, Loader=yaml.SafeLoader)
    # ok: py-yaml-unsafe-load
    also_safe = yaml.safe_load(stream)
    return data, more, safe, also_safe
