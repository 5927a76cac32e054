import yaml


def load_job(stream):
    return yaml.load(stream)
