package com.fieldportal.configuration;

/** A slide in the configuration's list of slides. */
public record SlideRow(long id, String headline, String link, boolean active, boolean hasImage, int position) {

    static SlideRow of(CarouselSlide slide) {
        return new SlideRow(slide.getId(), slide.getHeadline(), slide.getLink(), slide.isActive(), slide.hasImage(), slide.getPosition());
    }
}
