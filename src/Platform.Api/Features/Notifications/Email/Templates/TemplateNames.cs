using Fluid;
using Fluid.Ast;

namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>
/// Walks a parsed template and collects every variable it reads (the first two segments of <c>a.b.c</c>), and the
/// names it makes itself (<c>assign</c>, <c>capture</c>, <c>for</c>, <c>increment</c>) which are not the model's.
/// Walking the syntax, not rendering, also sees the branches sample data would not take.
/// </summary>
internal sealed class TemplateNames : AstVisitor
{
    public HashSet<string> Read { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Made { get; } = new(StringComparer.Ordinal) { "forloop", "tablerowloop", "empty", "blank" };

    public static TemplateNames Of(IFluidTemplate template)
    {
        var names = new TemplateNames();
        names.VisitTemplate(template);
        return names;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var segments = memberExpression.Segments;
        if (segments.Count > 0 && segments[0] is IdentifierSegment first)
        {
            Read.Add(first.Identifier);
            if (segments.Count > 1 && segments[1] is IdentifierSegment second) Read.Add($"{first.Identifier}.{second.Identifier}");
        }

        return base.VisitMemberExpression(memberExpression);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        Made.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        Made.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        Made.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitIncrementStatement(IncrementStatement incrementStatement)
    {
        Made.Add(incrementStatement.Identifier);
        return base.VisitIncrementStatement(incrementStatement);
    }
}
