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

        public static IReadOnlyList<string> Inspect(byte[] image)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            var md = pe.GetMetadataReader();
            var names = new SignatureNames(md);
            var findings = new SortedSet<string>(StringComparer.Ordinal);

            foreach (var typeHandle in md.TypeDefinitions)
            {
                foreach (var methodHandle in md.GetTypeDefinition(typeHandle).GetMethods())
                {
                    if (md.GetString(md.GetMethodDefinition(methodHandle).Name) == ".cctor")
                    {
                        Walk(pe, md, names, typeHandle, methodHandle, findings);
                    }
                }
            }

            return findings.ToList();
        }

        private static void Walk(PEReader pe, MetadataReader md, SignatureNames names, TypeDefinitionHandle owner,
            MethodDefinitionHandle cctor, SortedSet<string> findings)
        {
            // Breadth first, remembering how each method was reached, so a finding can show the path.
            var cameFrom = new Dictionary<MethodDefinitionHandle, MethodDefinitionHandle> { [cctor] = default };
            var queue = new Queue<MethodDefinitionHandle>();
            queue.Enqueue(cctor);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                var method = md.GetMethodDefinition(current);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                foreach (var (opcode, token, _) in IlTokenScanner.Instructions(pe.GetMethodBody(method.RelativeVirtualAddress)))
                {
                    if (token == 0 || (token >> 24) == 0x70)
                    {
                        continue; // no operand, or a string literal
                    }

                    var handle = MetadataTokens.EntityHandle(token);
                    if ((opcode == Ldsfld || opcode == Ldsflda) && handle.Kind == HandleKind.FieldDefinition)
                    {
                        var field = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                        var declaring = field.GetDeclaringType();
                        if (declaring != owner)
                        {
                            findings.Add(names.TypeDefinitionName(owner) + "'s static initialiser reads " + names.TypeDefinitionName(declaring)
                                + "." + md.GetString(field.Name) + ", static data of another type that nanoCLR may not have initialised yet ("
                                + Path(md, names, cameFrom, current) + "): build it lazily on first use, or from constants");
                        }
                    }
                    else if ((opcode == Call || opcode == Callvirt || opcode == Newobj || opcode == Ldftn || opcode == Ldvirtftn)
                        && handle.Kind == HandleKind.MethodDefinition)
                    {
                        var callee = (MethodDefinitionHandle)handle;
                        if (!cameFrom.ContainsKey(callee))
                        {
                            cameFrom[callee] = current;
                            queue.Enqueue(callee);
                        }
                    }
                }
            }
        }

        private static string Path(MetadataReader md, SignatureNames names, Dictionary<MethodDefinitionHandle, MethodDefinitionHandle> cameFrom,
            MethodDefinitionHandle last)
        {
            var steps = new List<string>();
            for (var step = last; !step.IsNil; step = cameFrom[step])
            {
                var method = md.GetMethodDefinition(step);
                steps.Add(names.TypeDefinitionName(method.GetDeclaringType()) + "::" + md.GetString(method.Name));
            }

            steps.Reverse();
            return "in " + string.Join(" -> ", steps);
        }
    }
}
