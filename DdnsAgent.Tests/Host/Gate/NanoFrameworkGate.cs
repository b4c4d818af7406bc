using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Reads a compiled assembly and lists everything in it that nanoFramework 1.x cannot run:
    /// generic types or methods (defined or instantiated), and references to BCL types and members
    /// that are not in the allowlist of members checked against nanoFramework's sources.
    /// Each finding names the offender and the methods that use it.
    /// </summary>
    public static class NanoFrameworkGate
    {
        public static IReadOnlyList<string> Inspect(byte[] image, ISet<string> allowlist)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            var md = pe.GetMetadataReader();
            var findings = new SortedSet<string>(StringComparer.Ordinal);
            var names = new SignatureNames(md);
            var usage = IlTokenScanner.MapTokenUsers(pe, md, names);

            string UsedBy(EntityHandle handle) =>
                usage.TryGetValue(MetadataTokens.GetToken(handle), out var users)
                    ? " (used by " + string.Join(", ", users.OrderBy(u => u, StringComparer.Ordinal).Take(3)) + (users.Count > 3 ? ", ..." : "") + ")"
                    : "";

            foreach (var handle in md.TypeDefinitions)
            {
                var type = md.GetTypeDefinition(handle);
                if (type.GetGenericParameters().Count > 0)
                {
                    findings.Add("defines generic type " + names.TypeDefinitionName(handle));
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = md.GetMethodDefinition(methodHandle);
                    if (method.GetGenericParameters().Count > 0)
                    {
                        findings.Add("defines generic method " + names.TypeDefinitionName(handle) + "::" + md.GetString(method.Name));
                    }

                    _ = method.DecodeSignature(names, null);
                }

                foreach (var fieldHandle in type.GetFields())
                {
                    var field = md.GetFieldDefinition(fieldHandle);
                    _ = field.DecodeSignature(names, null);
                }
            }

            for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                var handle = MetadataTokens.TypeSpecificationHandle(row);
                _ = md.GetTypeSpecification(handle).DecodeSignature(names, null);
            }

            for (int row = 1; row <= md.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                var handle = MetadataTokens.MethodSpecificationHandle(row);
                findings.Add("instantiates a generic method" + UsedBy(handle));
            }

            var skipped = AssemblyLevelAttributeReferences(md);
            foreach (var handle in md.TypeDefinitions)
            {
                var type = md.GetTypeDefinition(handle);
                if (!type.BaseType.IsNil)
                {
                    names.NameOf(type.BaseType);
                }

                foreach (var implementation in type.GetInterfaceImplementations())
                {
                    names.NameOf(md.GetInterfaceImplementation(implementation).Interface);
                }
            }

            foreach (var handle in md.MemberReferences)
            {
                if (skipped.Contains(handle))
                {
                    continue;
                }

                string member = names.MemberReferenceName(handle, out bool external);
                if (external && !allowlist.Contains(member))
                {
                    findings.Add("references " + member + ", which is not in the nanoFramework allowlist" + UsedBy(handle));
                }
            }

            foreach (var pair in names.ExternalTypes)
            {
                if (!skipped.Contains(pair.Value) && !allowlist.Contains(pair.Key))
                {
                    findings.Add("references type " + pair.Key + ", which is not in the nanoFramework allowlist" + UsedBy(pair.Value));
                }
            }

            foreach (string generic in names.GenericUses)
            {
                findings.Add("uses generic type " + generic);
            }

            return findings.ToList();
        }

        public static ISet<string> LoadAllowlist(string path)
        {
            var entries = new HashSet<string>(StringComparer.Ordinal);
            foreach (string raw in File.ReadAllLines(path))
            {
                int comment = raw.IndexOf('#');
                string line = (comment >= 0 ? raw.Substring(0, comment) : raw).Trim();
                if (line.Length > 0)
                {
                    entries.Add(line);
                }
            }

            return entries;
        }

        // Attributes the compiler adds on its own only when the core library defines them: against
        // nanoFramework's mscorlib it leaves them out, so they say nothing about Core's code.
        private static readonly HashSet<string> OptionalCompilerAttributes = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
            "System.Diagnostics.DebuggerBrowsableAttribute",
            "System.Diagnostics.DebuggerHiddenAttribute",
            "System.Diagnostics.DebuggerStepThroughAttribute",
        };

        // The compiler and the SDK also stamp assembly-level attributes (Debuggable, CompilationRelaxations...)
        // on every build; nanoFramework's own build stamps its own, so they are not Core's choice either.
        private static HashSet<EntityHandle> AssemblyLevelAttributeReferences(MetadataReader md)
        {
            var skipped = new HashSet<EntityHandle>();
            var used = new HashSet<EntityHandle>();
            foreach (var attributeHandle in md.CustomAttributes)
            {
                var attribute = md.GetCustomAttribute(attributeHandle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var ctor = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                bool skip = attribute.Parent.Kind == HandleKind.AssemblyDefinition
                    || attribute.Parent.Kind == HandleKind.ModuleDefinition
                    || (ctor.Parent.Kind == HandleKind.TypeReference && OptionalCompilerAttributes.Contains(TypeName(md, (TypeReferenceHandle)ctor.Parent)));
                (skip ? skipped : used).Add(attribute.Constructor);
                (skip ? skipped : used).Add(ctor.Parent);
            }

            skipped.ExceptWith(used);
            return skipped;
        }

        private static string TypeName(MetadataReader md, TypeReferenceHandle handle)
        {
            var type = md.GetTypeReference(handle);
            return md.GetString(type.Namespace) + "." + md.GetString(type.Name);
        }
    }
}
