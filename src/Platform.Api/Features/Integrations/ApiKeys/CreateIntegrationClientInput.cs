using Platform.Api.Features.Organizations;

namespace Platform.Api.Features.Integrations.ApiKeys;

public sealed record CreateIntegrationClientInput(string Name, StaffRole StaffRole);
