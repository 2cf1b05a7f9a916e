package io.throughline.platform.health;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class HealthTestApplication {}
