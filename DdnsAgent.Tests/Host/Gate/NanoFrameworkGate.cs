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
    /// generic types or methods (defined or instantiated), multi-dimensional arrays, and, for an assembly
    /// compiled on the host, references to library types and members that are not in the given list.
    /// Each finding names the offender and the methods that use it.
    /// </summary>
    /// <remarks>
    /// An assembly compiled against nanoFramework's real mscorlib and the checked API stubs (DeviceBuild) needs
    /// no list: a member the device lacks does not compile. Pass null then, and only what a compile cannot
    /// catch is reported (generics, which the C# compiler accepts and nanoFramework's metadata processor refuses).
    /// </remarks>
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
                if (external && allowlist != null && !allowlist.Contains(member))
                {
                    findings.Add("references " + member + ", which is not in the nanoFramework allowlist" + UsedBy(handle));
                }
            }

            foreach (var pair in names.ExternalTypes)
            {
                if (allowlist != null && !skipped.Contains(pair.Value) && !allowlist.Contains(pair.Key))
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

        /// <summary>
        /// The library types and members an assembly references (as the findings name them), leaving out the
        /// attributes the compiler and SDK stamp on their own.
        /// </summary>
        public static ISet<string> ExternalReferences(byte[] image)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            var md = pe.GetMetadataReader();
            var names = new SignatureNames(md);
            var skipped = AssemblyLevelAttributeReferences(md);
            var references = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var handle in md.MemberReferences)
            {
                string member = names.MemberReferenceName(handle, out bool external);
                if (external && !skipped.Contains(handle))
                {
                    references.Add(member);
                }
            }

            foreach (var handle in md.TypeDefinitions)
            {
                var type = md.GetTypeDefinition(handle);
                if (!type.BaseType.IsNil)
                {
                    names.NameOf(type.BaseType);
                }

                foreach (var field in type.GetFields())
                {
                    _ = md.GetFieldDefinition(field).DecodeSignature(names, null);
                }

                foreach (var method in type.GetMethods())
                {
                    _ = md.GetMethodDefinition(method).DecodeSignature(names, null);
                }
            }

            foreach (var pair in names.ExternalTypes)
            {
                if (!skipped.Contains(pair.Value))
                {
                    references.Add(pair.Key);
                }
            }

            return references;
        }

        /// <summary>
        /// The library members the host build of some sources references and their device build does not, less the
        /// allowlist: calls that bind to another overload on the host (string.Format(String, Object), s.Split(Char)...),
        /// so that the host tests would run other library code than the device does.
        /// </summary>
        public static IReadOnlyList<string> HostOnlyBindings(byte[] hostImage, byte[] deviceImage, ISet<string> allowlist) =>
            HostOnlyBindings(hostImage, ExternalReferences(deviceImage), allowlist);

        /// <summary>
        /// As above, for sources the device builds into several assemblies (Core's libraries) and the host into one:
        /// device holds the external references of all the device assemblies together.
        /// </summary>
        public static IReadOnlyList<string> HostOnlyBindings(byte[] hostImage, ISet<string> device, ISet<string> allowlist)
        {
            return ExternalReferences(hostImage)
                .Where(member => !device.Contains(member) && !allowlist.Contains(member))
                .Select(member => "the host build references " + member + ", which the device build does not: both must bind the same member")
                .ToList();
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
