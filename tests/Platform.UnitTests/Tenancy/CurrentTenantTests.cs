using Platform.Tenancy;

namespace Platform.UnitTests.Tenancy;

public class CurrentTenantTests
{
    private readonly CurrentTenant _current = new();

    [Fact]
    public void Nothing_is_set_by_default()
    {
        Assert.Null(_current.Id);
        Assert.Null(_current.Tenant);
        Assert.Null(_current.UserId);
    }

    [Fact]
    public void Change_sets_the_tenant_until_disposed()
    {
        var id = Guid.NewGuid();

        using (_current.Change(id))
        {
            Assert.Equal(id, _current.Id);
            Assert.Null(_current.Tenant);
        }

        Assert.Null(_current.Id);
    }

    [Fact]
    public void Change_with_a_resolved_tenant_exposes_it_and_its_id()
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Slug = "acme" };

        using (_current.Change(tenant))
        {
            Assert.Same(tenant, _current.Tenant);
            Assert.Equal(tenant.Id, _current.Id);
        }

        Assert.Null(_current.Tenant);
        Assert.Null(_current.Id);
    }

    [Fact]
    public void Nested_changes_restore_the_previous_value_on_dispose()
    {
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();

        using (_current.Change(outer))
        {
            using (_current.Change(inner))
            {
                Assert.Equal(inner, _current.Id);
            }

            Assert.Equal(outer, _current.Id);

            using (_current.Change((Guid?)null))
            {
                Assert.Null(_current.Id);
            }

            Assert.Equal(outer, _current.Id);
        }

        Assert.Null(_current.Id);
    }

    [Fact]
    public void Disposing_a_scope_twice_does_not_restore_again()
    {
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();
        var next = Guid.NewGuid();

        using (_current.Change(outer))
        {
            var scope = _current.Change(inner);
            scope.Dispose();
            using (_current.Change(next))
            {
                scope.Dispose();
                Assert.Equal(next, _current.Id);
            }

            Assert.Equal(outer, _current.Id);
        }
    }

    [Fact]
    public void Separate_instances_share_the_flow_value()
    {
        var id = Guid.NewGuid();

        using (_current.Change(id))
        {
            Assert.Equal(id, new CurrentTenant().Id);
        }
    }

    [Fact]
    public async Task Value_flows_into_awaited_tasks()
    {
        var id = Guid.NewGuid();

        using (_current.Change(id))
        {
            await Task.Yield();
            var seen = await Task.Run(async () =>
            {
                await Task.Delay(1);
                return _current.Id;
            });

            Assert.Equal(id, seen);
            Assert.Equal(id, _current.Id);
        }
    }

    [Fact]
    public async Task Changes_in_parallel_flows_do_not_leak_into_each_other()
    {
        using var bothSet = new Barrier(2);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        Task<(Guid? Before, Guid? During)> Flow(Guid id) => Task.Run(() =>
        {
            var before = _current.Id;
            using (_current.Change(id))
            {
                // Both flows have now set their tenant; each must still see its own.
                Assert.True(bothSet.SignalAndWait(TimeSpan.FromSeconds(10)), "the other flow never arrived");
                return (before, _current.Id);
            }
        });

        var results = await Task.WhenAll(Flow(first), Flow(second));

        Assert.Equal((null, first), results[0]);
        Assert.Equal((null, second), results[1]);
        Assert.Null(_current.Id);
    }

    [Fact]
    public async Task Change_inside_a_child_flow_does_not_leak_to_the_caller()
    {
        var outer = Guid.NewGuid();

        using (_current.Change(outer))
        {
            await Task.Run(() => _current.Change(Guid.NewGuid()));

            Assert.Equal(outer, _current.Id);
        }
    }

    [Fact]
    public void ChangeUser_sets_the_user_and_restores_nested_values()
    {
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();

        using (_current.ChangeUser(outer))
        {
            using (_current.ChangeUser(inner))
            {
                Assert.Equal(inner, _current.UserId);
            }

            Assert.Equal(outer, _current.UserId);
        }

        Assert.Null(_current.UserId);
    }

    [Fact]
    public void User_and_tenant_are_independent()
    {
        var tenant = Guid.NewGuid();
        var user = Guid.NewGuid();

        using (_current.Change(tenant))
        {
            using (_current.ChangeUser(user))
            {
                Assert.Equal(tenant, _current.Id);
            }

            Assert.Equal(tenant, _current.Id);
            Assert.Null(_current.UserId);
        }
    }

    [Fact]
    public async Task User_flows_into_awaited_tasks_and_not_across_parallel_flows()
    {
        using var bothSet = new Barrier(2);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        Task<Guid?> Flow(Guid id) => Task.Run(async () =>
        {
            using (_current.ChangeUser(id))
            {
                Assert.True(bothSet.SignalAndWait(TimeSpan.FromSeconds(10)), "the other flow never arrived");
                await Task.Yield();
                return _current.UserId;
            }
        });

        var results = await Task.WhenAll(Flow(first), Flow(second));

        Assert.Equal([first, second], results);
        Assert.Null(_current.UserId);
    }
}
