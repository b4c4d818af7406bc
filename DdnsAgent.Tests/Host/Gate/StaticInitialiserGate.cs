using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// nanoCLR runs every static initialiser of an assembly up front, in method order, without first running the
    /// ones it depends on (nanoframework/Home issue 1156): a static constructor that reads another type's static
    /// field may see null. This gate reads a compiled assembly and follows each type's .cctor through every method
    /// of the assembly it can reach (call, callvirt, newobj, ldftn); it reports each static field of another type
    /// of the assembly that the walk loads (ldsfld, ldsflda), naming both types and the path to the load.
    /// Constants and enum values never appear: the compiler writes them in as literals.
    /// </summary>
    /// <remarks>
    /// A call to another type's static method counts only when that method (or what it calls) loads static data
    /// of a type other than the initialiser's own: a pure helper such as a parser is safe in any order. Virtual
    /// and interface calls are followed to the method the IL names, not to overrides, and delegates are not
    /// followed; static data must not hide behind them either.
    /// </remarks>
    public static class StaticInitialiserGate
    {
        private const int Call = 0x28, Callvirt = 0x6F, Newobj = 0x73, Ldsfld = 0x7E, Ldsflda = 0x7F, Ldftn = 0xFE06, Ldvirtftn = 0xFE07;

        /// <summary>The findings within one assembly (its references are not followed).</summary>
        public static IReadOnlyList<string> Inspect(byte[] image) => Inspect(image, new Dictionary<string, byte[]>());

        /// <summary>
        /// The findings of image, following calls into the project's other device assemblies (by assembly name).
        /// nanoCLR runs the initialisers of one assembly after another in the order they were deployed, not in the
        /// order they depend on each other, so a static initialiser must not reach the static data of another
        /// assembly of the project either: a read of such a field, or a call into such an assembly that reads static
        /// data there, is a finding. The platform's own assemblies (mscorlib and the nanoFramework libraries) are not
        /// followed.
        /// </summary>
        public static IReadOnlyList<string> Inspect(byte[] image, IReadOnlyDictionary<string, byte[]> projectAssemblies)
        {
            var loaded = new Dictionary<string, Unit>(StringComparer.Ordinal);
            var home = Unit.Load(image);
            var findings = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var typeHandle in home.Md.TypeDefinitions)
            {
                foreach (var methodHandle in home.Md.GetTypeDefinition(typeHandle).GetMethods())
                {
                    if (home.Md.GetString(home.Md.GetMethodDefinition(methodHandle).Name) == ".cctor")
                    {
                        Walk(home, typeHandle, methodHandle, projectAssemblies, loaded, findings);
                    }
                }
            }

            return findings.ToList();
        }

        private static void Walk(Unit home, TypeDefinitionHandle owner, MethodDefinitionHandle cctor,
            IReadOnlyDictionary<string, byte[]> projectAssemblies, Dictionary<string, Unit> loaded, SortedSet<string> findings)
        {
            string ownerName = home.Names.TypeDefinitionName(owner);
            // Breadth first, remembering how each method was reached, so a finding can show the path.
            var start = new Step(home, cctor);
            var cameFrom = new Dictionary<Step, Step> { [start] = null };
            var queue = new Queue<Step>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                var md = current.Unit.Md;
                var method = md.GetMethodDefinition(current.Method);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                foreach (var (opcode, token, _) in IlTokenScanner.Instructions(current.Unit.Pe.GetMethodBody(method.RelativeVirtualAddress)))
                {
                    if (token == 0 || (token >> 24) == 0x70)
                    {
                        continue; // no operand, or a string literal
                    }

                    var handle = MetadataTokens.EntityHandle(token);
                    bool loadsStatic = opcode == Ldsfld || opcode == Ldsflda;
                    bool calls = opcode == Call || opcode == Callvirt || opcode == Newobj || opcode == Ldftn || opcode == Ldvirtftn;
                    if (loadsStatic && handle.Kind == HandleKind.FieldDefinition)
                    {
                        var field = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                        var declaring = field.GetDeclaringType();
                        if (current.Unit != home || declaring != owner)
                        {
                            string where = current.Unit == home ? "" : " (assembly " + current.Unit.Name + ")";
                            findings.Add(ownerName + "'s static initialiser reads " + current.Unit.Names.TypeDefinitionName(declaring)
                                + "." + md.GetString(field.Name) + where + ", static data of another type that nanoCLR may not have initialised yet ("
                                + Path(cameFrom, current) + "): build it lazily on first use, or from constants");
                        }
                    }
                    else if (loadsStatic && handle.Kind == HandleKind.MemberReference)
                    {
                        var reference = md.GetMemberReference((MemberReferenceHandle)handle);
                        string assembly = ProjectAssemblyOf(md, reference.Parent, projectAssemblies);
                        if (assembly != null)
                        {
                            findings.Add(ownerName + "'s static initialiser reads " + current.Unit.Names.NameOf(reference.Parent) + "." + md.GetString(reference.Name)
                                + " of assembly " + assembly + ", whose static initialisers nanoCLR may run after this one's ("
                                + Path(cameFrom, current) + "): build it lazily on first use, or from constants");
                        }
                    }
                    else if (calls && handle.Kind == HandleKind.MethodDefinition)
                    {
                        Enqueue(new Step(current.Unit, (MethodDefinitionHandle)handle), current, cameFrom, queue);
                    }
                    else if (calls && handle.Kind == HandleKind.MemberReference)
                    {
                        var reference = md.GetMemberReference((MemberReferenceHandle)handle);
                        string assembly = ProjectAssemblyOf(md, reference.Parent, projectAssemblies);
                        if (assembly == null)
                        {
                            continue;
                        }

                        if (!loaded.TryGetValue(assembly, out var unit))
                        {
                            unit = Unit.Load(projectAssemblies[assembly]);
                            loaded[assembly] = unit;
                        }

                        // Every method of that name on that type: overloads are followed together (a finding names the path).
                        string typeName = current.Unit.Names.NameOf(reference.Parent);
                        string methodName = md.GetString(reference.Name);
                        foreach (var callee in unit.MethodsNamed(typeName, methodName))
                        {
                            Enqueue(new Step(unit, callee), current, cameFrom, queue);
                        }
                    }
                }
            }
        }

        private static void Enqueue(Step next, Step from, Dictionary<Step, Step> cameFrom, Queue<Step> queue)
        {
            if (!cameFrom.ContainsKey(next))
            {
                cameFrom[next] = from;
                queue.Enqueue(next);
            }
        }

        // The project assembly that declares the type parent refers to, or null (a platform assembly, or this one).
        private static string ProjectAssemblyOf(MetadataReader md, EntityHandle parent, IReadOnlyDictionary<string, byte[]> projectAssemblies)
        {
            if (parent.Kind != HandleKind.TypeReference)
            {
                return null;
            }

            var type = md.GetTypeReference((TypeReferenceHandle)parent);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                type = md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            }

            if (type.ResolutionScope.Kind != HandleKind.AssemblyReference)
            {
                return null;
            }

            string name = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name);
            return projectAssemblies.ContainsKey(name) ? name : null;
        }

        private static string Path(Dictionary<Step, Step> cameFrom, Step last)
        {
            var steps = new List<string>();
            for (Step step = last; step != null; step = cameFrom[step])
            {
                var md = step.Unit.Md;
                var method = md.GetMethodDefinition(step.Method);
                steps.Add(step.Unit.Names.TypeDefinitionName(method.GetDeclaringType()) + "::" + md.GetString(method.Name));
            }

            steps.Reverse();
            return "in " + string.Join(" -> ", steps);
        }

        /// <summary>One method of one assembly.</summary>
        private sealed record Step(Unit Unit, MethodDefinitionHandle Method);

        /// <summary>One assembly read for the walk.</summary>
        private sealed class Unit
        {
            private Unit(PEReader pe, string name)
            {
                Pe = pe;
                Md = pe.GetMetadataReader();
                Names = new SignatureNames(Md);
                Name = name;
            }

            public PEReader Pe { get; }

            public MetadataReader Md { get; }

            public SignatureNames Names { get; }

            public string Name { get; }

            public static Unit Load(byte[] image)
            {
                var pe = new PEReader(ImmutableArray.Create(image));
                var md = pe.GetMetadataReader();
                return new Unit(pe, md.GetString(md.GetAssemblyDefinition().Name));
            }

            public IEnumerable<MethodDefinitionHandle> MethodsNamed(string typeName, string methodName)
            {
                foreach (var typeHandle in Md.TypeDefinitions)
                {
                    if (Names.TypeDefinitionName(typeHandle) != typeName)
                    {
                        continue;
                    }

                    foreach (var methodHandle in Md.GetTypeDefinition(typeHandle).GetMethods())
                    {
                        if (Md.GetString(Md.GetMethodDefinition(methodHandle).Name) == methodName)
                        {
                            yield return methodHandle;
                        }
                    }
                }
            }
        }
    }
}
