using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Relay;

/// <summary>A page size outside what the connection allows.</summary>
public sealed class PageSizeError : ValidationError
{
    public PageSizeError(ROM source, ASTNode node, string message) : base(source, null, message, node)
    {
        Code = PageSizes.ErrorCode;
    }
}
