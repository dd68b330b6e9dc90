package com.fieldportal.web.configuration;

import com.fieldportal.configuration.ConfigurationEditor;
import com.fieldportal.configuration.ConfigurationForm;
import com.fieldportal.configuration.ImageUpload;
import com.fieldportal.configuration.SlideForm;
import com.fieldportal.configuration.SlideRow;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Application Configuration, for admins: branding with a live preview of the customers' header, the sections
 * customers see, payments, support contact, and the carousel's slides.
 */
@Named
@ViewScoped
public class ConfigurationBacking implements Serializable {

    @EJB
    ConfigurationEditor editor;

    private ConfigurationForm form;
    private List<SlideRow> slides;
    private SlideForm slide = SlideForm.empty();

    @PostConstruct
    void load() {
        form = editor.load();
        slides = editor.slides();
    }

    public void save() {
        editor.save(form);
        Messages.info("The configuration is saved; customers see it at their next page.");
        form = editor.load();
    }

    public void uploadLogo(FileUploadEvent event) {
        ImageUpload.Checked logo = check(event, true, "configuration:logo");
        if (logo != null) {
            form.setNewLogo(logo);
        }
    }

    public void removeLogo() {
        form.removeLogo();
    }

    public void uploadSlideImage(FileUploadEvent event) {
        ImageUpload.Checked image = check(event, false, "slide:image");
        if (image != null) {
            slide.setNewImage(image);
        }
    }

    public void saveSlide() {
        editor.saveSlide(slide);
        Messages.info(slide.isNew() ? "The slide is added." : "The slide is saved.");
        slide = SlideForm.empty();
        slides = editor.slides();
    }

    public void editSlide(SlideRow row) {
        slide = editor.slide(row.id());
    }

    public void cancelSlide() {
        slide = SlideForm.empty();
    }

    public void moveSlide(SlideRow row, int direction) {
        editor.moveSlide(row.id(), direction);
        slides = editor.slides();
    }

    public void activateSlide(SlideRow row, boolean active) {
        editor.activateSlide(row.id(), active);
        slides = editor.slides();
    }

    public void removeSlide(SlideRow row) {
        editor.removeSlide(row.id());
        if (row.id() == (slide.getId() == null ? -1 : slide.getId())) {
            slide = SlideForm.empty();
        }
        slides = editor.slides();
    }

    /** The logo of the preview: the one just uploaded (not saved yet), else the current one. */
    public String getLogoPreview() {
        if (form.getNewLogo() != null) {
            return dataUri(form.getNewLogo());
        }
        return "/images/logo?v=" + form.getVersion();
    }

    public String getSlideImagePreview() {
        return slide.getNewImage() == null ? null : dataUri(slide.getNewImage());
    }

    public long getMaxImageKilobytes() {
        return editor.maxImageBytes() / 1024;
    }

    public long getMaxImageBytes() {
        return editor.maxImageBytes();
    }

    /** A message on the upload field, not a page error: a refused image changes nothing. */
    private ImageUpload.Checked check(FileUploadEvent event, boolean logo, String field) {
        try {
            return editor.checkImage(event.getFile().getContent(), logo);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private static String dataUri(ImageUpload.Checked image) {
        return "data:" + image.contentType() + ";base64," + Base64.getEncoder().encodeToString(image.content());
    }

    public ConfigurationForm getForm() {
        return form;
    }

    public List<SlideRow> getSlides() {
        return slides;
    }

    public SlideForm getSlide() {
        return slide;
    }
}
