namespace Platform.Tenancy.EntityFramework;

/// <summary>A write aimed at a tenant other than the current one.</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
