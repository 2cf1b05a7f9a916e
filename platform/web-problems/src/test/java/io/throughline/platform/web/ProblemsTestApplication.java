package io.throughline.platform.web;

import io.throughline.platform.rules.Rule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A small API with the request shapes the services have, to try every kind of bad input on. */
@SpringBootApplication
class ProblemsTestApplication {

    enum Colour {
        RED,
        GREEN
    }

    enum ThingRule implements Rule {
        ONE_COAT_OF_PAINT;

        @Override
        public String statement() {
            return "a thing is painted once";
        }
    }

    record ThingRequest(
            @NotBlank @FreeText String name,
            @NotNull @Min(1) @Max(480) Integer minutes,
            @NotNull Colour colour,
            Instant at) {}

    @RestController
    static class ThingController {

        @PostMapping("/things/{thingId}")
        Map<String, Object> create(@PathVariable @ResourceId String thingId, @Valid @RequestBody ThingRequest request) {
            return Map.of("thingId", thingId, "name", request.name());
        }

        @PostMapping("/things/{thingId}/paint")
        void paint(@PathVariable @ResourceId String thingId) {
            ThingRule.ONE_COAT_OF_PAINT.check(false, thingId + " is painted already");
        }

        @GetMapping("/things")
        Map<String, Object> list(@RequestParam(defaultValue = "0") @Min(0) int page) {
            return Map.of("page", page);
        }
    }
}
