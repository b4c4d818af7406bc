using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Walks the IL of every method and records which methods use which metadata token, so that a gate
    /// finding can say where the offender is. Also decodes local variable signatures, where generic
    /// locals would otherwise hide.
    /// </summary>
    internal static class IlTokenScanner
    {
        public static Dictionary<int, SortedSet<string>> MapTokenUsers(PEReader pe, MetadataReader md, SignatureNames names)
        {
            var users = new Dictionary<int, SortedSet<string>>();
            foreach (var typeHandle in md.TypeDefinitions)
            {
                foreach (var methodHandle in md.GetTypeDefinition(typeHandle).GetMethods())
                {
                    var method = md.GetMethodDefinition(methodHandle);
                    if (method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    string methodName = names.TypeDefinitionName(typeHandle) + "::" + md.GetString(method.Name);
                    var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        int before = names.GenericUses.Count;
                        _ = md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null);
                        if (names.GenericUses.Count != before)
                        {
                            names.GenericUses.Add("in the locals of " + methodName);
                        }
                    }

                    foreach (var (_, token, _) in Instructions(body))
                    {
                        if (token == 0)
                        {
                            continue;
                        }

                        if (!users.TryGetValue(token, out var set))
                        {
                            users[token] = set = new SortedSet<string>(System.StringComparer.Ordinal);
                        }

                        set.Add(methodName);
                    }
                }
            }

            return users;
        }

        /// <summary>
        /// Every instruction of a method body: its opcode (0xFEnn for two-byte ones), its metadata token (0 when it
        /// has none), and its operand's size in bytes (a switch: the count plus its targets).
        /// </summary>
        public static IReadOnlyList<(int Opcode, int Token, int OperandBytes)> Instructions(MethodBodyBlock body)
        {
            var il = body.GetILReader();
            var result = new List<(int, int, int)>();
            while (il.RemainingBytes > 0)
            {
                int opcode = il.ReadByte();
                if (opcode == 0xFE)
                {
                    opcode = 0xFE00 | il.ReadByte();
                }

                int operand = OperandSize(opcode);
                int token = 0;
                if (operand == -1)
                {
                    int count = il.ReadInt32();
                    il.Offset += count * 4;
                    operand = 4 + (count * 4);
                }
                else if (operand == 4 && CarriesToken(opcode))
                {
                    token = il.ReadInt32();
                }
                else
                {
                    il.Offset += operand;
                }

                result.Add((opcode, token, operand));
            }

            return result;
        }

        // Operand sizes from ECMA-335 Partition III; -1 is the switch table.
        private static int OperandSize(int opcode)
        {
            switch (opcode)
            {
                case 0x0E: case 0x0F: case 0x10: case 0x11: case 0x12: case 0x13: // *arg.s, *loc.s
                case 0x1F: // ldc.i4.s
                case 0xDE: // leave.s
                case 0xFE12: case 0xFE19: // unaligned., no.
                    return 1;
                case 0xFE09: case 0xFE0A: case 0xFE0B: case 0xFE0C: case 0xFE0D: case 0xFE0E: // arg/loc with 16-bit index
                    return 2;
                case 0x21: case 0x23: // ldc.i8, ldc.r8
                    return 8;
                case 0x45: // switch
                    return -1;
            }

            if (opcode >= 0x2B && opcode <= 0x37)
            {
                return 1; // short branches
            }

            if ((opcode >= 0x38 && opcode <= 0x44) || opcode == 0xDD || opcode == 0x20 || opcode == 0x22)
            {
                return 4; // long branches, leave, ldc.i4, ldc.r4
            }

            return CarriesToken(opcode) ? 4 : 0;
        }

        public static bool CarriesToken(int opcode)
        {
            switch (opcode)
            {
                case 0x27: case 0x28: case 0x29: case 0x6F: case 0x73: // jmp, call, calli, callvirt, newobj
                case 0x70: case 0x71: case 0x72: case 0x74: case 0x75: case 0x79: // cpobj, ldobj, ldstr, castclass, isinst, unbox
                case 0x7B: case 0x7C: case 0x7D: case 0x7E: case 0x7F: case 0x80: // field access
                case 0x81: case 0x8C: case 0x8D: case 0x8F: case 0xA3: case 0xA4: case 0xA5: // stobj, box, newarr, ldelema, ldelem, stelem, unbox.any
                case 0xC2: case 0xC6: case 0xD0: // refanyval, mkrefany, ldtoken
                case 0xFE06: case 0xFE07: case 0xFE15: case 0xFE16: case 0xFE1C: // ldftn, ldvirtftn, initobj, constrained., sizeof
                    return true;
                default:
                    return false;
            }
        }
    }
}
