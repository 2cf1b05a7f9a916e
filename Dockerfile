# One image per service, built from this repository:
#   docker build --build-arg SERVICE=session-service -t throughline/session-service .
# (docker compose up builds all three.)
FROM eclipse-temurin:21-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -pl "${SERVICE}" -am package \
 && cp "${SERVICE}"/target/"${SERVICE}"-*.jar /app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 throughline
USER throughline
COPY --from=build /app.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
