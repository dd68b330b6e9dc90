package com.fieldportal.web.staff;

import com.fieldportal.signin.Invitations;
import com.fieldportal.staff.StaffDirectory;
import com.fieldportal.staff.StaffRow;
import com.fieldportal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Staff users, for admins: add one (it is invited), make admin or not, deactivate, invite again. */
@Named
@ViewScoped
public class StaffUsersBacking implements Serializable {

    @EJB
    StaffDirectory directory;

    @EJB
    Invitations invitations;

    private List<StaffRow> staff;

    @NotBlank(message = "Enter the name.")
    @Size(max = 200, message = "At most 200 characters.")
    private String name;
    @NotBlank(message = "Enter the e-mail address.")
    @Email(message = "That is not an e-mail address.")
    @Size(max = 254, message = "That e-mail address is too long.")
    private String email;
    @Size(max = 50, message = "At most 50 characters.")
    private String phone;
    private boolean admin;

    @PostConstruct
    void load() {
        staff = directory.staff();
    }

    public void add() {
        invitations.inviteNewStaff(name, email, phone, admin);
        Messages.info(name + " is added and has been sent an invitation to choose a password.");
        name = null;
        email = null;
        phone = null;
        admin = false;
        load();
    }

    public void makeAdmin(StaffRow row, boolean makeAdmin) {
        directory.makeAdmin(row.id(), makeAdmin);
        Messages.info(row.name() + (makeAdmin ? " is now an admin." : " is no longer an admin."));
        load();
    }

    public void deactivate(StaffRow row) {
        directory.deactivate(row.id());
        Messages.info(row.name() + " can no longer sign in; their sessions have ended.");
        load();
    }

    public void reactivate(StaffRow row) {
        directory.reactivate(row.id());
        Messages.info(row.name() + " may sign in again.");
        load();
    }

    public void inviteAgain(StaffRow row) {
        invitations.inviteStaffAgain(row.id());
        Messages.info("Invitation sent again to " + row.email() + ".");
    }

    public List<StaffRow> getStaff() {
        return staff;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }
}
