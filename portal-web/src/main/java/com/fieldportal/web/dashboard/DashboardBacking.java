package com.fieldportal.web.dashboard;

import com.fieldportal.dashboard.StaffCounts;
import com.fieldportal.dashboard.StaffDashboard;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The staff console's first page: the morning's counts. */
@Named
@RequestScoped
public class DashboardBacking {

    @EJB
    StaffDashboard dashboard;

    private StaffCounts counts;

    @PostConstruct
    void load() {
        counts = dashboard.counts();
    }

    public StaffCounts getCounts() {
        return counts;
    }
}
