# One image per service (and for the local issuer, SERVICE=local-issuer), built from this repository:
#   docker build --build-arg SERVICE=session-service -t throughline/session-service .
# (docker compose up builds all four.)
FROM eclipse-temurin:21-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -pl "${SERVICE}" -am package \
 && cp "${SERVICE}"/target/"${SERVICE}"-*.jar /app.jar

FROM eclipse-temurin:21-jre
# /var/lib/throughline is where the issuer keeps its signing key (a volume in docker-compose.yml).
RUN useradd --system --uid 10001 throughline \
 && mkdir -p /var/lib/throughline && chown throughline /var/lib/throughline
USER throughline
COPY --from=build /app.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
