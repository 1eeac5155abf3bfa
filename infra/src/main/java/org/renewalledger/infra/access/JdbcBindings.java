package org.renewalledger.infra.access;

import org.renewalledger.command.access.Bindings;
import org.renewalledger.kernel.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Bindings} in {@code access_contract_binding} and {@code access_committee_binding} (V141), through the
 * recording transaction's own connection.
 */
@Component
class JdbcBindings implements Bindings {

    private final JdbcTemplate jdbc;

    JdbcBindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindContractor(String contractorId, Role role, String projectId, String compoundId, String jurisdiction) {
        jdbc.update("INSERT INTO access_contract_binding (project_id, contractor_id, role, compound_id, jurisdiction_code) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (project_id, contractor_id) DO UPDATE SET role = EXCLUDED.role",
                projectId, contractorId, role.name(), compoundId, jurisdiction);
    }

    @Override
    public void unbindContractor(String contractorId, String projectId) {
        jdbc.update("DELETE FROM access_contract_binding WHERE project_id = ? AND contractor_id = ?", projectId, contractorId);
    }

    @Override
    public void bindCommittee(String committeeId, String compoundId, String streetOffice) {
        jdbc.update("INSERT INTO access_committee_binding (compound_id, committee_id, street_office) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", compoundId, committeeId, streetOffice);
    }

    @Override
    public void unbindCommittee(String committeeId, String compoundId) {
        jdbc.update("DELETE FROM access_committee_binding WHERE compound_id = ? AND committee_id = ?", compoundId, committeeId);
    }

    @Override
    public boolean contractedOnProject(String contractorId, Role role, String projectId) {
        return exists("SELECT count(*) FROM access_contract_binding WHERE project_id = ? AND contractor_id = ? AND role = ?",
                projectId, contractorId, role.name());
    }

    @Override
    public boolean contractedOnCompound(String contractorId, Role role, String compoundId) {
        return exists("SELECT count(*) FROM access_contract_binding WHERE compound_id = ? AND contractor_id = ? AND role = ?",
                compoundId, contractorId, role.name());
    }

    @Override
    public boolean committeeOf(String committeeId, String compoundId) {
        return exists("SELECT count(*) FROM access_committee_binding WHERE compound_id = ? AND committee_id = ?",
                compoundId, committeeId);
    }

    private boolean exists(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count != null && count > 0;
    }
}
