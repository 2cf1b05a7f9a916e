package io.throughline.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code throughline.web.*}: the largest request body a service accepts (API.md: 64 KiB). */
@ConfigurationProperties("throughline.web")
public record WebProblemsProperties(@DefaultValue("64KB") DataSize maxBodySize) {}
