package org.renewalledger.command.access;

import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand;

/**
 * Refuses a command before any handler sees it unless its actor's role is allowed to send it, for commands scoped
 * to a jurisdiction the actor's jurisdiction covers that one, and, for the roles bound to what they answer for,
 * the actor is bound to the project or compound the command acts on: a contracted unit to the projects it is
 * contracted on (and their compounds), an owners' committee to its compound. Running on the command bus means no
 * entry point (HTTP, import, a future message listener) can go around it.
 */
public class CommandAuthorizationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The roles that act only where a recorded binding puts them (docs/SECURITY.md). */
    public static final Set<Role> BOUND_ROLES = Set.of(Role.IMPLEMENTING_ENTITY, Role.UTILITY_COMPANY, Role.OWNERS_COMMITTEE);

    /**
     * Commands a bound role sends without a binding: an upload names no project or compound and changes nothing until a
     * record names the file, and that record is bound (a contractor uploads the acceptance photos it then attaches).
     */
    public static final Set<Class<?>> UNBOUND_COMMANDS = Set.of(RecordEvidenceUploadCommand.class);

    private final Bindings bindings;

    public CommandAuthorizationInterceptor(Bindings bindings) {
        this.bindings = bindings;
    }

    /**
     * For fixture tests of one aggregate, whose rule under test is not the binding: every binding holds. The
     * application registers the interceptor with its stored {@link Bindings}.
     */
    public CommandAuthorizationInterceptor() {
        this(AllBound.INSTANCE);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Actor actor = Actor.fromMetaData(command.getMetaData());
        if (actor == null) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The command carries no authenticated actor");
        }
        if (!CommandPermissions.allows(command.getPayloadType(), actor.role())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Role " + actor.role() + " may not " + command.getPayloadType().getSimpleName());
        }
        if (command.getPayload() instanceof JurisdictionScoped scoped && !actor.jurisdiction().covers(scoped.scope())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Jurisdiction " + actor.jurisdiction() + " does not cover " + scoped.scope());
        }
        if (BOUND_ROLES.contains(actor.role()) && !UNBOUND_COMMANDS.contains(command.getPayloadType())) {
            requireBinding(actor, BoundTargets.of(command.getPayload()));
        }
        return chain.proceed();
    }

    private void requireBinding(Actor actor, BoundTargets targets) {
        boolean bound;
        String target;
        if (actor.role() == Role.OWNERS_COMMITTEE) {
            target = targets.compound() == null ? "no compound" : "compound " + targets.compound().value();
            bound = targets.compound() != null && bindings.committeeOf(actor.userId(), targets.compound().value());
        } else if (targets.project() != null) {
            target = "project " + targets.project().value();
            bound = bindings.contractedOnProject(actor.userId(), actor.role(), targets.project().value());
        } else if (targets.compound() != null) {
            target = "compound " + targets.compound().value();
            bound = bindings.contractedOnCompound(actor.userId(), actor.role(), targets.compound().value());
        } else {
            target = "no project";
            bound = false;
        }
        if (!bound) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, actor.userId() + " (" + actor.role() + ") is not bound to " + target
                    + (actor.role() == Role.OWNERS_COMMITTEE ? ": its street office records the committee's compound"
                    : ": the housing bureau records the units contracted on a project"));
        }
    }

    /** Every binding holds: see {@link #CommandAuthorizationInterceptor()}. */
    private enum AllBound implements Bindings {
        INSTANCE;

        @Override
        public void bindContractor(String contractorId, Role role, String projectId, String compoundId, String jurisdiction) {
        }

        @Override
        public void unbindContractor(String contractorId, String projectId) {
        }

        @Override
        public void bindCommittee(String committeeId, String compoundId, String streetOffice) {
        }

        @Override
        public void unbindCommittee(String committeeId, String compoundId) {
        }

        @Override
        public boolean contractedOnProject(String contractorId, Role role, String projectId) {
            return true;
        }

        @Override
        public boolean contractedOnCompound(String contractorId, Role role, String compoundId) {
            return true;
        }

        @Override
        public boolean committeeOf(String committeeId, String compoundId) {
            return true;
        }
    }
}
