package com.fieldportal.configuration;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One slide of the marketing carousel on Home. */
@Entity
@Table(name = "carousel_slide")
@NamedQuery(name = "CarouselSlide.shown", query = """
        SELECT NEW com.fieldportal.configuration.Slide(s.id, s.headline, s.text, s.link)
        FROM CarouselSlide s WHERE s.active = true ORDER BY s.position""")
@NamedQuery(name = "CarouselSlide.image", query = """
        SELECT NEW com.fieldportal.configuration.Image(s.image, s.imageContentType)
        FROM CarouselSlide s WHERE s.id = :id AND s.active = true AND s.image IS NOT NULL""")
public class CarouselSlide extends BaseEntity {

    static final int MAX_HEADLINE = 200;
    static final int MAX_TEXT = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "configuration_id")
    private PortalConfiguration configuration;

    private String headline;
    @Column(name = "body_text")
    private String text;
    @Column(name = "link_url")
    private String link;

    private byte[] image;
    @Column(name = "image_content_type")
    private String imageContentType;

    @Column(name = "sort_order")
    private int position;
    private boolean active = true;

    protected CarouselSlide() {
    }

    CarouselSlide(PortalConfiguration configuration, String headline, String text, String link, ImageUpload.Checked image, int position) {
        this.configuration = configuration;
        this.position = position;
        edit(headline, text, link);
        replaceImage(image);
    }

    public void edit(String headline, String text, String link) {
        if (headline == null || headline.isBlank()) {
            throw new BusinessException("A slide needs a headline.");
        }
        if (headline.strip().length() > MAX_HEADLINE || (text != null && text.strip().length() > MAX_TEXT)) {
            throw new BusinessException("A slide's headline can be " + MAX_HEADLINE + " characters long, its text " + MAX_TEXT + ".");
        }
        this.headline = headline.strip();
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.link = SlideLink.check(link);
    }

    /** @param image a checked and re-encoded image, or null to keep the current one */
    public void replaceImage(ImageUpload.Checked image) {
        if (image != null) {
            this.image = image.content();
            this.imageContentType = image.contentType();
        }
    }

    public void activate(boolean active) {
        this.active = active;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public String getHeadline() {
        return headline;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public boolean hasImage() {
        return image != null;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
