using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Turns metadata signatures into readable names ("System.String System.String::Concat(System.String,System.String)")
    /// and, while doing so, records every external type it meets and every generic instantiation.
    /// </summary>
    internal sealed class SignatureNames : ISignatureTypeProvider<string, object>
    {
        private readonly MetadataReader _md;

        public SignatureNames(MetadataReader md)
        {
            _md = md;
        }

        /// <summary>External type names met so far, each with one handle that names it.</summary>
        public SortedDictionary<string, EntityHandle> ExternalTypes { get; } = new SortedDictionary<string, EntityHandle>(System.StringComparer.Ordinal);

        public SortedSet<string> GenericUses { get; } = new SortedSet<string>(System.StringComparer.Ordinal);

        public string NameOf(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => TypeDefinitionName((TypeDefinitionHandle)handle),
            HandleKind.TypeReference => GetTypeFromReference(_md, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            _ => handle.Kind.ToString(),
        };

        public string TypeDefinitionName(TypeDefinitionHandle handle)
        {
            var type = _md.GetTypeDefinition(handle);
            string name = _md.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return TypeDefinitionName(declaring) + "/" + name;
            }

            string ns = _md.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string TypeReferenceName(TypeReferenceHandle handle)
        {
            var type = _md.GetTypeReference(handle);
            string name = _md.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return TypeReferenceName((TypeReferenceHandle)type.ResolutionScope) + "/" + name;
            }

            string ns = _md.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The full member name; external is true when the member lives outside the inspected assembly.</summary>
        public string MemberReferenceName(MemberReferenceHandle handle, out bool external)
        {
            var member = _md.GetMemberReference(handle);
            external = member.Parent.Kind == HandleKind.TypeReference || member.Parent.Kind == HandleKind.TypeSpecification;
            string parent = NameOf(member.Parent);
            string name = _md.GetString(member.Name);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                return member.DecodeFieldSignature(this, null) + " " + parent + "::" + name;
            }

            var signature = member.DecodeMethodSignature(this, null);
            return signature.ReturnType + " " + parent + "::" + name + "(" + string.Join(",", signature.ParameterTypes) + ")";
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            string name = TypeReferenceName(handle);
            if (!ExternalTypes.ContainsKey(name))
            {
                ExternalTypes.Add(name, handle);
            }

            return name;
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeDefinitionName(handle);

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            string name = genericType + "<" + string.Join(",", typeArguments) + ">";
            GenericUses.Add(name);
            return name;
        }

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            GenericUses.Add("multi-dimensional array " + elementType + "[" + new string(',', shape.Rank - 1) + "]");
            return elementType + "[" + new string(',', shape.Rank - 1) + "]";
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType + " pinned";
        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";
        public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + signature.ReturnType + "*(" + string.Join(",", signature.ParameterTypes) + ")";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.Void => "System.Void",
            _ => typeCode.ToString(),
        };
    }
}
