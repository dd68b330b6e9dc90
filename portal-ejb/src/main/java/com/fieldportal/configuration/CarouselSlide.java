package com.fieldportal.configuration;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One slide of the marketing carousel on Home. */
@Entity
@Table(name = "carousel_slide")
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
        if (link != null && !link.isBlank() && !(link.startsWith("https://") || link.startsWith("http://") || link.startsWith("/"))) {
            throw new BusinessException("A slide link must be a web address (https://…) or a page of the portal (/…).");
        }
        this.configuration = configuration;
        this.headline = headline;
        this.text = text;
        this.link = link;
        this.image = image;
        this.imageContentType = imageContentType;
        this.position = position;
    }
}
