package com.fieldportal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Embeddable
public class Address {

    @Column(name = "street")
    private String street;
    @Column(name = "city")
    private String city;
    @Column(name = "region")
    private String region;
    @Column(name = "postal_code")
    private String postalCode;

    protected Address() {
    }

    public Address(String street, String city, String region, String postalCode) {
        this.street = street;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
    }

    /** Every part, for telling two addresses apart. */
    public static String describe(Address address) {
        return address == null ? null : Stream.of(address.street, address.city, address.region, address.postalCode)
                .map(part -> part == null ? "" : part).collect(Collectors.joining(" | "));
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    /** Two lines, as on an envelope: the street, then "Springfield, IL 62701". */
    public String getEnvelope() {
        String regionAndCode = Stream.of(region, postalCode).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String town = Stream.of(city, regionAndCode).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return Stream.of(street, town).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    /** One line: "12 Oak St, Springfield, IL 62701". */
    public String getSingleLine() {
        String regionAndCode = Stream.of(region, postalCode).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(street, city, regionAndCode).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }
}
