// Usage: InternaliseAssembly INPUT.dll OUTPUT.dll NEW-NAME FRIEND [FRIEND ...]
// Writes INPUT under the assembly name NEW-NAME, without its strong name, with every public type (nested
// ones too) made internal and visible only to the FRIEND assemblies (InternalsVisibleTo). Type and namespace names are
// kept: a type's identity includes its assembly, so they cannot clash with the original library's.
using System;
using System.IO;
using System.Linq;
using Mono.Cecil;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: InternaliseAssembly INPUT.dll OUTPUT.dll NEW-NAME FRIEND [FRIEND ...]");
    return 2;
}

var (input, output, newName) = (args[0], args[1], args[2]);
var friends = args.Skip(3).ToArray();
using var assembly = AssemblyDefinition.ReadAssembly(input, new ReaderParameters { ReadSymbols = false });
var module = assembly.MainModule;

assembly.Name.Name = newName;
assembly.Name.PublicKey = Array.Empty<byte>();
assembly.Name.PublicKeyToken = Array.Empty<byte>();
assembly.Name.HasPublicKey = false;
module.Name = newName + ".dll";
module.Attributes &= ~ModuleAttributes.StrongNameSigned;

var madeInternal = 0;
foreach (var type in module.GetTypes())
{
    if (type.IsPublic)
    {
        type.IsPublic = false;
        type.IsNotPublic = true;
        madeInternal++;
    }
    else if (type.IsNestedPublic)
    {
        type.IsNestedPublic = false;
        type.IsNestedAssembly = true;
        madeInternal++;
    }
}

// The library's own InternalsVisibleTo entries name its test assemblies; ours name the generator. Their
// constructor reference is reused, so the rewritten assembly refers only to what it referred to before.
var existing = assembly.CustomAttributes.Where(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.InternalsVisibleToAttribute").ToList();
if (existing.Count == 0)
{
    Console.Error.WriteLine($"{input} has no InternalsVisibleTo attribute whose constructor can be reused.");
    return 1;
}

var constructor = existing[0].Constructor;
foreach (var old in existing)
{
    assembly.CustomAttributes.Remove(old);
}

foreach (var friend in friends)
{
    var attribute = new CustomAttribute(constructor);
    attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, friend));
    assembly.CustomAttributes.Add(attribute);
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
assembly.Write(output);
Console.WriteLine($"{input} -> {output}: assembly {newName}, {madeInternal} public types made internal, visible to {string.Join(", ", friends)}");
return 0;
