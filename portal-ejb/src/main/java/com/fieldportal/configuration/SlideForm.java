package com.fieldportal.configuration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A carousel slide as the admin edits it: a new one ({@code id} null) or an existing one. */
public class SlideForm implements Serializable {

    private Long id;
    @NotBlank(message = "A slide needs a headline.")
    @Size(max = CarouselSlide.MAX_HEADLINE, message = "At most 200 characters.")
    private String headline;
    @Size(max = CarouselSlide.MAX_TEXT, message = "At most 1000 characters.")
    private String text;
    @Size(max = SlideLink.MAX_LENGTH, message = "At most 1000 characters.")
    private String link;
    private ImageUpload.Checked newImage;

    public static SlideForm empty() {
        return new SlideForm();
    }

    static SlideForm of(CarouselSlide slide) {
        SlideForm form = new SlideForm();
        form.id = slide.getId();
        form.headline = slide.getHeadline();
        form.text = slide.getText();
        form.link = slide.getLink();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public ImageUpload.Checked getNewImage() {
        return newImage;
    }

    public void setNewImage(ImageUpload.Checked newImage) {
        this.newImage = newImage;
    }
}
