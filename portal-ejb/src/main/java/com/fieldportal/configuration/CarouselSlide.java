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

    CarouselSlide(PortalConfiguration configuration, String headline, String text, String link,
                  byte[] image, String imageContentType, int position) {
        if (headline == null || headline.isBlank()) {
            throw new BusinessException("A slide needs a headline.");
        }
        this.configuration = configuration;
        this.headline = headline;
        this.text = text;
        this.link = SlideLink.check(link);
        this.image = image;
        this.imageContentType = imageContentType;
        this.position = position;
    }
}
