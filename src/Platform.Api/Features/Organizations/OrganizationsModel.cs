using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations;

/// <summary>EF mapping for the organization feature's tenant-owned tables. Keys and indexes lead with tenant_id.</summary>
internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("memberships", t =>
            t.HasCheckConstraint("ck_memberships_staff_role", "staff_role IN ('Owner','Admin','Provider','Staff')"));
        membership.HasKey(m => new { m.TenantId, m.Id }).HasName("pk_memberships");
        membership.HasAlternateKey(m => m.Id);
        membership.HasIndex(m => new { m.TenantId, m.UserId }).IsUnique();
        membership.HasIndex(m => m.UserId);
        membership.Property(m => m.StaffRole).HasConversion<string>().HasMaxLength(16);
        membership.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        membership.Ignore(m => m.IsAdministrator);
    }
}

internal sealed class CustomerRoleConfiguration : IEntityTypeConfiguration<CustomerRole>
{
    public void Configure(EntityTypeBuilder<CustomerRole> role)
    {
        role.ToTable("customer_roles", t =>
            t.HasCheckConstraint("ck_customer_roles_key", "key ~ '^[a-z][a-z0-9_]{1,39}$' AND key <> 'public'"));
        role.HasKey(r => new { r.TenantId, r.Id });
        role.HasAlternateKey(r => r.Id);
        role.HasIndex(r => new { r.TenantId, r.Key }).IsUnique();
        role.Property(r => r.Key).HasMaxLength(40);
        role.Property(r => r.Name).HasMaxLength(100);
        role.Property(r => r.Description).HasMaxLength(500);
        role.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("invitations");
        invitation.HasKey(i => new { i.TenantId, i.Id });
        invitation.HasAlternateKey(i => i.Id);
        invitation.HasIndex(i => new { i.TenantId, i.TokenHash }).IsUnique();
        invitation.HasIndex(i => new { i.TenantId, i.Email });
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.StaffRole).HasConversion<string>().HasMaxLength(16);
        invitation.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
