using Jiceng.Data.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Jiceng.Web.Audit;

/// <summary>
/// Interactive pages act for their circuit's user: every message from the browser (clicks, form posts, navigation)
/// runs with that user as the ambient audit actor, with the address of the circuit's connection.
/// </summary>
public sealed class AuditCircuitHandler(AuthenticationStateProvider auth, IHttpContextAccessor http) : CircuitHandler
{
    private readonly string _address = AuditSetup.ClientAddress(http.HttpContext);

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async ctx =>
        {
            var state = await auth.GetAuthenticationStateAsync();
            using (AmbientAuditContext.Use(AuditActor.From(state.User, _address)))
            {
                await next(ctx);
            }
        };
}
