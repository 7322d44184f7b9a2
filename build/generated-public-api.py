#!/usr/bin/env python3
"""Writes the public API of SinoRussia.Dataset's generated classes (Meetings, Officials, ..., Topic) in
the format of PublicAPI.*.txt. dotnet format cannot add symbols of source-generated files, so
build/update-public-api.sh runs this over the generated sources (EmitCompilerGeneratedFiles) instead.
Usage: generated-public-api.py GENERATED-DIR > lines.txt"""
import pathlib
import re
import sys

VALUE_TYPES = {"bool", "int", "long", "System.DateOnly", "SinoRussia.Dataset.Topic", "SinoRussia.Dataset.PartialDate"}


def api_type(text, namespace):
    text = text.strip().replace("global::", "")
    nullable = text.endswith("?")
    if nullable:
        text = text[:-1]
    generic = re.match(r"^([\w.]+)<(.+)>$", text)
    if generic:
        inner = ", ".join(api_type(part, namespace) for part in split_arguments(generic.group(2)))
        core = f"{generic.group(1)}<{inner}>"
    else:
        core = text if "." in text or text in ("bool", "int", "long", "string") else f"{namespace}.{text}"
    if core in VALUE_TYPES:
        return core + ("?" if nullable else "")
    return core + ("?" if nullable else "!")


def split_arguments(text):
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += char == "<"
        depth -= char == ">"
        current += char
    parts.append(current)
    return parts


def parameters(text, namespace):
    result = []
    for parameter in split_arguments(text) if text.strip() else []:
        parameter = re.sub(r"\[[^\]]*\]\s*", "", parameter).strip()
        modifier = ""
        if parameter.startswith("out "):
            modifier, parameter = "out ", parameter[4:]
        type_text, name = parameter.rsplit(" ", 1)
        result.append(f"{modifier}{api_type(type_text, namespace)} {name}")
    return ", ".join(result)


def lines_of(source):
    namespace = re.search(r"namespace ([\w.]+)", source).group(1)
    lines, current = [], None
    for raw in source.splitlines():
        line = raw.strip()
        declared = re.match(r"public (?:static )?(?:partial )?(class|enum) (\w+)", line)
        if declared:
            current = f"{namespace}.{declared.group(2)}"
            lines.append(current)
            kind = declared.group(1)
            ordinal = 0
            continue
        if current and kind == "enum":
            member = re.match(r"^(\w+),?$", line)
            if member:
                lines.append(f"{current}.{member.group(1)} = {ordinal} -> {current}")
                ordinal += 1
            continue
        method = re.match(r"public static (.+?) (\w+)\((.*)\)\s*(=>|$)", line)
        if current and method:
            lines.append(f"static {current}.{method.group(2)}({parameters(method.group(3), namespace)}) -> {api_type(method.group(1), namespace)}")
            continue
        prop = re.match(r"public static (.+?) (\w+)\s*(=>|\{ get; \})", line)
        if current and prop:
            lines.append(f"static {current}.{prop.group(2)}.get -> {api_type(prop.group(1), namespace)}")
    return lines


def main():
    found = []
    for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.g.cs")):
        found.extend(lines_of(path.read_text(encoding="utf-8")))
    for line in sorted(set(found), key=lambda s: s.encode("utf-8")):
        print(line)


main()
