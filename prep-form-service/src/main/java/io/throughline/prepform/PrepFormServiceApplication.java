package io.throughline.prepform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PrepFormServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrepFormServiceApplication.class, args);
    }
}
