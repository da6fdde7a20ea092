package org.opentmf.ordering.api.v4;

import java.util.Map;

import jakarta.inject.Singleton;

import org.opentmf.ordering.common.validation.ContractSchema;

/** Our TMF622 v4 contract ({@code api-spec/openapi.yaml}), which every v4 request body must satisfy. */
@Singleton
public class V4Contract extends ContractSchema {

    static final String RESOURCE = "META-INF/openapi-static/openapi.yaml";

    public V4Contract() {
        super(RESOURCE, "org.opentmf.ordering.api.v4.contract.model", Map.of(
                "ProductOrderCreate", "ProductOrder_Create",
                "ProductOrderUpdate", "ProductOrder_Update",
                "CancelProductOrderCreate", "CancelProductOrder_Create",
                "EventSubscriptionInput", "EventSubscriptionInput"), components -> { });
    }
}
