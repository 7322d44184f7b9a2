using System;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// Finds the <see cref="DataBlobAttribute"/> streams of a generated holder class. The fast path reads
/// the attribute values in place from the assembly's raw metadata (no copy, no string); where the
/// runtime does not expose raw metadata it falls back to reflection and copies.
/// </summary>
internal static unsafe class BlobSource
{
    private const string AttributeNamespace = "SinoRussia.Dataset.Storage";
    private const string AttributeName = nameof(DataBlobAttribute);

    /// <summary>One metadata reader per assembly (creating one costs milliseconds on a large assembly).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Assembly, MetadataReader> s_readers = new();

    /// <summary>For tests: take the reflection path even where raw metadata is available.</summary>
    internal static bool ForceReflection { get; set; }

    public static BlobSet Read(Type holder)
    {
        if (!ForceReflection && Reader(holder.Assembly) is { } reader)
        {
            return ReadMetadata(holder, reader);
        }

        var attributes = holder.GetCustomAttributes<DataBlobAttribute>(inherit: false).ToArray();
        var blobs = new BlobSet(attributes.Length);
        foreach (var attribute in attributes)
        {
            blobs.Add(attribute.Name, Blob.Copy(Encoding.UTF8.GetBytes(attribute.Data)));
        }

        return blobs;
    }

    private static MetadataReader? Reader(Assembly assembly)
    {
        if (s_readers.TryGetValue(assembly, out var reader))
        {
            return reader;
        }

        if (!assembly.TryGetRawMetadata(out var metadata, out var length))
        {
            return null;
        }

        return s_readers.GetValue(assembly, _ => new MetadataReader(metadata, length));
    }

    private static BlobSet ReadMetadata(Type holder, MetadataReader reader)
    {
        var type = reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(holder.MetadataToken & 0x00FFFFFF));
        var attributes = type.GetCustomAttributes();
        var blobs = new BlobSet(attributes.Count);
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsDataBlob(reader, attribute))
            {
                continue;
            }

            // Custom attribute blob: prolog 0x0001, then two SerStrings (compressed length + UTF-8).
            var value = reader.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() != 1)
            {
                throw new BadImageFormatException($"The data blob on {holder.FullName} has no attribute prolog.");
            }

            var name = value.ReadSerializedString() ?? string.Empty;
            var size = value.ReadCompressedInteger();
            if (size > value.RemainingBytes)
            {
                throw new BadImageFormatException($"The data blob '{name}' on {holder.FullName} is truncated.");
            }

            blobs.Add(name, new Blob(value.CurrentPointer, size));
        }

        return blobs;
    }

    private static bool IsDataBlob(MetadataReader reader, CustomAttribute attribute)
    {
        StringHandle name;
        StringHandle ns;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                var declaring = reader.GetTypeDefinition(definition.GetDeclaringType());
                name = declaring.Name;
                ns = declaring.Namespace;
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (member.Parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                name = reference.Name;
                ns = reference.Namespace;
                break;
            default:
                return false;
        }

        return reader.StringComparer.Equals(name, AttributeName) && reader.StringComparer.Equals(ns, AttributeNamespace);
    }
}
