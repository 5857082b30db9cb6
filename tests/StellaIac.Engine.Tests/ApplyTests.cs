using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Tests;

public sealed class ApplyTests : IDisposable
{
    private readonly EngineHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task A_resource_using_anothers_output_is_created_after_it_with_the_real_value()
    {
        var up = await harness.UpAsync(() =>
        {
            var first = new Thing("first", new ThingArgs { Name = "one" });
            _ = new Thing("second", new ThingArgs { Name = "two", Peer = first.Label });
        });

        Assert.True(up.Succeeded);
        Assert.Equal(["create one", "create two"], harness.Provider.Calls);
        var second = harness.Checkpoint().Resources.Single(r => r.Urn.EndsWith("::second", StringComparison.Ordinal));
        Assert.Equal("label-one", second.Inputs.Get("peer").TryGetString(out var peer) ? peer : null);
        Assert.Contains(second.Dependencies, d => d.EndsWith("::first", StringComparison.Ordinal));
        Assert.Equal(["urn:pulumi:dev::demo::test:index:Thing::first"], second.PropertyDependencies["peer"].ToArray());
    }

    [Fact]
    public async Task In_a_preview_an_output_of_a_resource_still_to_be_created_is_unknown_downstream()
    {
        var preview = await harness.PreviewAsync(() =>
        {
            var first = new Thing("first", new ThingArgs { Name = "one" });
            _ = new Thing("second", new ThingArgs { Name = "two", Peer = first.Label });
        });

        var second = preview.Steps.Single(s => s.Name == "second");
        Assert.True(second.New!.Inputs.Get("peer").IsComputed);
    }

    [Fact]
    public async Task Independent_steps_run_in_parallel_up_to_the_bound()
    {
        harness.Provider.Delay = TimeSpan.FromMilliseconds(60);

        var up = await harness.UpAsync(
            () =>
            {
                for (var i = 0; i < 8; i++)
                {
                    _ = new Thing($"t{i}", new ThingArgs { Name = $"n{i}" });
                }
            },
            new DeploymentOptions { Parallelism = 3 });

        Assert.True(up.Succeeded);
        Assert.Equal(3, harness.Provider.MaxConcurrent);
        Assert.Equal(8, harness.Provider.Objects.Count);
    }

    [Fact]
    public async Task A_failing_step_skips_its_dependents_lets_the_others_finish_and_the_next_up_completes_without_duplicates()
    {
        void Program()
        {
            var broken = new Thing("broken", new ThingArgs { Name = "broken" });
            _ = new Thing("downstream", new ThingArgs { Name = "downstream", Peer = broken.Label });
            _ = new Thing("independent", new ThingArgs { Name = "independent" });
        }

        harness.Provider.FailOn["broken"] = "create";
        var failed = await harness.UpAsync(Program);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error && d.Detail.Contains("failed on purpose", StringComparison.Ordinal));
        var downstream = Assert.Single(failed.Steps, s => s.Name == "downstream");
        Assert.Equal(StepStatus.Skipped, downstream.Status);
        Assert.Equal("broken, which it depends on, failed", downstream.Error);
        Assert.DoesNotContain("create downstream", harness.Provider.Calls);
        var afterFailure = harness.Checkpoint();
        Assert.Contains(afterFailure.Resources, r => r.Urn.EndsWith("::independent", StringComparison.Ordinal) && r.Id is not null);
        Assert.Empty(afterFailure.PendingOperations);

        harness.Provider.FailOn.Clear();
        harness.Provider.Calls.Clear();
        var resumed = await harness.UpAsync(Program);

        Assert.True(resumed.Succeeded);
        Assert.Equal(["create broken", "create downstream"], harness.Provider.Calls);
        Assert.Equal(3, harness.Provider.Objects.Count);
        Assert.Equal(StepOp.Same, resumed.Steps.Single(s => s.Name == "independent").Op);
    }

    [Fact]
    public async Task A_failed_update_is_not_counted_as_done_and_what_it_skipped_is_not_gone_from_the_program()
    {
        void Program(string name)
        {
            var broken = new Thing("broken", new ThingArgs { Name = name });
            _ = new Thing("downstream", new ThingArgs { Name = "downstream", Peer = broken.Label });
            _ = new Thing("independent", new ThingArgs { Name = "independent" });
        }

        await harness.UpAsync(() => Program("broken"));
        harness.Provider.FailOn["renamed"] = "update";

        var failed = await harness.UpAsync(() => Program("renamed"));

        Assert.Equal(StepStatus.Failed, failed.Steps.Single(s => s.Name == "broken").Status);
        Assert.False(failed.Counts.ContainsKey(StepOp.Update));
        Assert.Equal(StepStatus.Skipped, failed.Steps.Single(s => s.Name == "downstream").Status);
        Assert.DoesNotContain(failed.Diagnostics, d => d.Code == DiagnosticCodes.DeletesNotRun);
        Assert.Contains(harness.Checkpoint().Resources, r => r.Urn.EndsWith("::downstream", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_input_the_provider_refuses_is_a_failed_step_with_the_reason()
    {
        var preview = await harness.PreviewAsync(() => _ = new Thing("nameless", new ThingArgs { Name = "" }));

        var step = Assert.Single(preview.Steps, s => s.Name == "nameless");
        Assert.Equal((StepOp.Create, StepStatus.Failed), (step.Op, step.Status));
        Assert.Equal("invalid: name: must not be empty", step.Error);
    }

    [Fact]
    public async Task A_refused_step_does_not_carry_the_programs_inputs_whose_secrets_only_Check_marks()
    {
        var preview = await harness.PreviewAsync(() => _ = new Thing("nameless", new ThingArgs { Name = "", Password = "hunter2" }));

        var step = Assert.Single(preview.Steps, s => s.Name == "nameless");
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.DoesNotContain(step.New!.Inputs.Values, v => v.TryGetString(out var text) && text == "hunter2");
    }

    [Fact]
    public async Task One_cause_failing_every_resource_is_reported_once()
    {
        harness.Provider.AccountFailure = "the account is unreachable";

        var failed = await harness.UpAsync(() =>
        {
            for (var i = 0; i < 5; i++)
            {
                _ = new Thing($"t{i}", new ThingArgs { Name = $"n{i}" });
            }
        });

        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("the account is unreachable", error.Detail);
    }

    [Fact]
    public async Task A_program_that_throws_fails_the_run_and_deletes_nothing()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));

        var failed = await harness.Engine.UpAsync(harness.Target(), () => throw new InvalidOperationException("bad program"));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Detail.Contains("bad program", StringComparison.Ordinal) || d.Summary.Contains("program", StringComparison.Ordinal));
        Assert.Single(harness.Provider.Objects);
    }

    [Fact]
    public async Task Stack_outputs_are_returned_and_kept_in_the_stack_resource()
    {
        var up = await harness.Engine.UpAsync(harness.Target(), () =>
        {
            var thing = new Thing("a", new ThingArgs { Name = "alpha" });
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?> { ["label"] = thing.Label, ["fixed"] = 7 });
        });

        Assert.Equal("label-alpha", up.Outputs["label"].TryGetString(out var label) ? label : null);
        var stack = harness.Checkpoint().Resources.Single(r => r.Type == Urn.StackType);
        Assert.Equal(7.0, stack.Outputs["fixed"].TryGetNumber(out var n) ? n : 0);
    }

    [Fact]
    public async Task DependsOn_orders_resources_that_share_no_outputs()
    {
        harness.Provider.Delay = TimeSpan.FromMilliseconds(30);

        await harness.UpAsync(() =>
        {
            var first = new Thing("first", new ThingArgs { Name = "one" });
            _ = new Thing("second", new ThingArgs { Name = "two" }, new CustomResourceOptions { DependsOn = [first] });
        });

        Assert.Equal(["create one", "create two"], harness.Provider.Calls);
        Assert.Contains("urn:pulumi:dev::demo::test:index:Thing::first", harness.Checkpoint().Resources.Single(r => r.Urn.EndsWith("::second", StringComparison.Ordinal)).Dependencies);
    }

    [Fact]
    public async Task An_operation_a_crash_left_pending_is_reported_and_cleared_by_the_next_successful_up()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));
        var crashed = harness.Checkpoint();
        var interrupted = new State.ResourceState { Urn = "urn:pulumi:dev::demo::test:index:Thing::b", Type = "test:index:Thing", Custom = true };
        harness.Store.Save(crashed with { PendingOperations = [new State.PendingOperation(interrupted, "creating")] }, null);

        var up = await harness.UpAsync(() =>
        {
            _ = new Thing("a", new ThingArgs { Name = "alpha" });
            _ = new Thing("b", new ThingArgs { Name = "beta" });
        });

        Assert.Contains(up.Diagnostics, d => d.Severity == Severity.Warning && d.Summary == "An earlier run was interrupted while creating b");
        Assert.Empty(harness.Checkpoint().PendingOperations);
    }

    [Fact]
    public async Task An_input_whose_Apply_throws_is_an_error_of_the_program_not_a_skipped_dependency()
    {
        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = Output.Create("x").Apply(Fail) }));

        Assert.Contains(up.Diagnostics, d => d.Severity == Severity.Error && d.Detail.Contains("bad apply", StringComparison.Ordinal));
        Assert.DoesNotContain(up.Diagnostics, d => d.Summary.EndsWith("was skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_component_whose_own_input_fails_is_one_error_and_its_member_is_skipped_once()
    {
        var up = await harness.Engine.UpAsync(harness.Target(), () =>
        {
            var group = new CheckedGroup("g", Output.Create("x").Apply(Fail));
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?> { ["label"] = group.Member.Label });
        });

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("bad apply", error.Detail, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Skipped, Assert.Single(up.Steps, s => s.Name == "g-member").Status);
        Assert.Empty(harness.Provider.Calls);
    }

    [Fact]
    public async Task A_stack_output_of_a_resource_whose_create_failed_adds_no_second_error()
    {
        harness.Provider.FailOn["broken"] = "create";

        var up = await harness.Engine.UpAsync(harness.Target(), () =>
        {
            var broken = new Thing("broken", new ThingArgs { Name = "broken" });
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?> { ["label"] = broken.Label });
        });

        Assert.Equal(StepStatus.Failed, up.Steps.Single(s => s.Name == "broken").Status);
        Assert.DoesNotContain(up.Diagnostics, d => d.Code == DiagnosticCodes.ProgramFailed);
    }

    private static string Fail(string value) => throw new InvalidOperationException("bad apply");
}
